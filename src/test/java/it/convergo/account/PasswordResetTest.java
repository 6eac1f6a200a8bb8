package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.support.SpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A completed reset leaves no other link and no older session working; reset mails are rate-limited. */
class PasswordResetTest extends SpringTest {

    private static final Pattern RESET_LINK = Pattern.compile("/reset/([A-Za-z0-9_-]+)");
    private static int clients;

    @Autowired
    AccountService accounts;
    @Autowired
    AccountFixtures fixtures;
    @Autowired
    MailService mail;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private List<String> resetLinks(String email) {
        List<String> links = new ArrayList<>();
        for (OutboxMessage m : mail.sentTo(email)) {
            Matcher matcher = RESET_LINK.matcher(m.getBody());
            while (matcher.find()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    /** Runs the following service calls as if they came from this client address. */
    private static void fromClient(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String newClient() {
        return "198.51.100." + (++clients);
    }

    @Test
    void aCompletedResetKillsEveryOtherLinkOfTheAccount() {
        UserAccount user = fixtures.user("two-links", null, Role.APPLICANT);
        accounts.requestPasswordReset(user.getEmail(), Locale.ENGLISH);
        accounts.requestPasswordReset(user.getEmail(), Locale.ENGLISH);
        List<String> links = resetLinks(user.getEmail());
        assertThat(links).hasSize(2);

        accounts.resetPassword(links.get(0), "Nuova-Parola-99");

        assertThatThrownBy(() -> accounts.resetPassword(links.get(1), "Altra-Parola-77"))
                .hasMessage("token.error.invalid");
        assertThat(fixtures.passwordMatches(user.getId(), "Nuova-Parola-99")).isTrue();
    }

    @Test
    void aCompletedResetEndsSessionsOpenedBefore() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        UserAccount user = fixtures.user("sessions", null, Role.APPLICANT);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user.getEmail())
                .password(AccountFixtures.PASSWORD)).andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/profile").session(session)).andExpect(authenticated());

        accounts.requestPasswordReset(user.getEmail(), Locale.ENGLISH);
        accounts.resetPassword(resetLinks(user.getEmail()).getFirst(), "Nuova-Parola-99");

        mvc.perform(get("/profile").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(formLogin("/login").user(user.getEmail()).password("Nuova-Parola-99")).andExpect(authenticated());
    }

    @Test
    void resetMailsAreLimitedPerAddress() {
        UserAccount user = fixtures.user("flood", null, Role.APPLICANT);
        for (int i = 0; i < ResetThrottle.PER_ADDRESS + 2; i++) {
            fromClient(newClient()); // different clients: the address limit alone applies
            accounts.requestPasswordReset(user.getEmail(), Locale.ENGLISH);
        }
        assertThat(resetLinks(user.getEmail())).hasSize(ResetThrottle.PER_ADDRESS);
    }

    @Test
    void resetRequestsAreLimitedPerClientForAnyAddress() {
        fromClient(newClient());
        for (int i = 0; i < ResetThrottle.PER_CLIENT - 1; i++) {
            accounts.requestPasswordReset("nobody-" + AccountFixtures.uniqueEmail("x"), Locale.ENGLISH);
        }
        UserAccount last = fixtures.user("tenth", null, Role.APPLICANT);
        UserAccount beyond = fixtures.user("eleventh", null, Role.APPLICANT);
        accounts.requestPasswordReset(last.getEmail(), Locale.ENGLISH);
        accounts.requestPasswordReset(beyond.getEmail(), Locale.ENGLISH);
        assertThat(resetLinks(last.getEmail())).hasSize(1);
        assertThat(resetLinks(beyond.getEmail())).as("over the client's limit: silently nothing").isEmpty();

        fromClient(newClient());
        accounts.requestPasswordReset(beyond.getEmail(), Locale.ENGLISH);
        assertThat(resetLinks(beyond.getEmail())).hasSize(1);
    }
}
