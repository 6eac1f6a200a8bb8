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
    void anAttachmentTravelsWithTheMessageAndStaysInTheOutbox() throws Exception {
        String email = AccountFixtures.uniqueEmail("ics");
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mail.sendWithAttachment(email, java.util.Locale.ENGLISH, "pitchInvitation",
                new MailAttachment("pitch.ics", "text/calendar; charset=utf-8", ics), "Mario Verdi",
                "http://localhost:8080/pitch/1", "Clean energy", "Heat pumps", "1 Mar 2027, 09:30 CET", 20, "Sala Verdi");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                received = m;
            }
        }
        assertThat(received).isNotNull();
        assertThat(received.getSubject()).isEqualTo("Invitation to pitch: Clean energy");
        var parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
        boolean attached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if ("pitch.ics".equals(part.getFileName())) {
                attached = true;
                assertThat(part.getContentType()).startsWith("text/calendar");
                assertThat(part.getInputStream().readAllBytes()).isEqualTo(ics);
            }
        }
        assertThat(attached).as("the .ics is attached").isTrue();
        OutboxMessage kept = mail.sentTo(email).getFirst();
        assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(kept.getAttachment()).get().extracting(MailAttachment::fileName).isEqualTo("pitch.ics");
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
