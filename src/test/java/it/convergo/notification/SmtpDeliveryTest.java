package it.convergo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountService;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.RegistrationForm;
import it.convergo.account.Region;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With an SMTP server configured, mail leaves after the transaction commits and the outbox says so. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class SmtpDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AccountService accounts;
    @Autowired
    MailService mail;

    @Test
    void registrationMailIsDeliveredInTheApplicantsLanguage() throws Exception {
        String email = AccountFixtures.uniqueEmail("smtp");
        accounts.register(new RegistrationForm(email, "Mario Verdi", "Trattore-verde-42", "Verdi Lab S.r.l.",
                OrganisationType.SME, "IT", AccountFixtures.uniqueVat(), Region.MARCHE, OrganisationSize.SMALL, "en"));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessagesForDomain("test.convergo.it")[0];
        assertThat(received.getSubject()).isEqualTo("Confirm your Convergo account");
        assertThat(GreenMailUtil.getBody(received)).contains("/confirm/");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.sentTo(email)).extracting(OutboxMessage::getStatus).containsExactly(OutboxMessage.Status.SENT);
    }

    @Test
    void anUnreachableServerLeavesTheMessageMarkedFailedNotLost() {
        smtp.stop();
        String email = AccountFixtures.uniqueEmail("down");
        accounts.register(new RegistrationForm(email, "Mario Verdi", "Trattore-verde-42", "Verdi Lab S.r.l.",
                OrganisationType.SME, "IT", AccountFixtures.uniqueVat(), Region.MARCHE, OrganisationSize.SMALL, "it"));
        OutboxMessage kept = mail.sentTo(email).getFirst();
        assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(kept.getBody()).contains("/confirm/");
    }
}
