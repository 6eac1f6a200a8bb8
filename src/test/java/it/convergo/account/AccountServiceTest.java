package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class AccountServiceTest extends SpringTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountFixtures fixtures;
    @Autowired
    MailService mail;
    @Autowired
    UserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private RegistrationForm form(String email, String vat) {
        return new RegistrationForm(email, "Anna Conti", "Trattore-verde-42", "Nuova Start-up S.r.l.",
                OrganisationType.STARTUP, "IT", vat, Region.PIEMONTE, OrganisationSize.MICRO, "it");
    }

    private String linkIn(String email, String route) {
        List<OutboxMessage> sent = mail.sentTo(email);
        assertThat(sent).isNotEmpty();
        Matcher m = Pattern.compile("/" + route + "/([A-Za-z0-9_-]+)").matcher(sent.getFirst().getBody());
        assertThat(m.find()).as("mail contains a %s link", route).isTrue();
        return m.group(1);
    }

    private void signIn(UserAccount user) {
        AccountPrincipal p = (AccountPrincipal) userDetails.loadUserByUsername(user.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    @Test
    void registrationCreatesUnconfirmedApplicantAndMailsItalianConfirmationLink() {
        String email = AccountFixtures.uniqueEmail("reg");
        long id = accounts.register(form(email.toUpperCase(Locale.ROOT), AccountFixtures.uniqueVat()));

        UserAccount user = fixtures.reload(id);
        assertThat(user.getEmail()).isEqualTo(email);
        assertThat(user.getRoles()).containsExactly(Role.APPLICANT);
        assertThat(user.isEmailConfirmed()).isFalse();
        assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(user.getOrganisation().getType()).isEqualTo(OrganisationType.STARTUP);
        OutboxMessage message = mail.sentTo(email).getFirst();
        assertThat(message.getSubject()).isEqualTo("Conferma il tuo account Convergo");
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.KEPT);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();

        accounts.confirmEmail(linkIn(email, "confirm"));
        assertThat(fixtures.reload(id).isEmailConfirmed()).isTrue();
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void confirmationLinkWorksOnlyOnce() {
        String email = AccountFixtures.uniqueEmail("once");
        accounts.register(form(email, AccountFixtures.uniqueVat()));
        String token = linkIn(email, "confirm");
        accounts.confirmEmail(token);
        assertThatThrownBy(() -> accounts.confirmEmail(token)).isInstanceOf(UserFacingException.class)
                .hasMessage("token.error.invalid");
        assertThatThrownBy(() -> accounts.confirmEmail("made-up")).hasMessage("token.error.invalid");
    }

    @Test
    void secondRegistrationWithSameVatJoinsTheExistingOrganisation() {
        String vat = AccountFixtures.uniqueVat();
        long first = accounts.register(form(AccountFixtures.uniqueEmail("a"), vat));
        long second = accounts.register(form(AccountFixtures.uniqueEmail("b"), "IT" + vat));
        assertThat(fixtures.reload(second).getOrganisation().getId())
                .isEqualTo(fixtures.reload(first).getOrganisation().getId());
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long usersBefore = users.count();
        long orgsBefore = organisations.count();
        String existing = fixtures.user("dup", null, Role.APPLICANT).getEmail();

        assertThatThrownBy(() -> accounts.register(form(existing, AccountFixtures.uniqueVat())))
                .hasMessage("register.error.emailTaken");
        assertThatThrownBy(() -> accounts.register(form("not-an-email", AccountFixtures.uniqueVat())))
                .hasMessage("register.error.email");
        assertThatThrownBy(() -> accounts.register(form(AccountFixtures.uniqueEmail("v"), "12345678901")))
                .hasMessage("vat.error.itCheckDigit");
        assertThatThrownBy(() -> accounts.register(form(AccountFixtures.uniqueEmail("v"), "123")))
                .hasMessage("vat.error.itFormat");
        RegistrationForm weak = new RegistrationForm(AccountFixtures.uniqueEmail("w"), "X", "password123", "Org",
                OrganisationType.SME, "IT", AccountFixtures.uniqueVat(), Region.VENETO, null, "en");
        assertThatThrownBy(() -> accounts.register(weak)).hasMessage("password.error.common");
        RegistrationForm noRegion = new RegistrationForm(AccountFixtures.uniqueEmail("r"), "X", "Trattore-verde-42",
                "Org", OrganisationType.SME, "IT", AccountFixtures.uniqueVat(), null, null, "en");
        assertThatThrownBy(() -> accounts.register(noRegion)).hasMessage("register.error.region");

        assertThat(users.count()).isEqualTo(usersBefore + 1);
        assertThat(organisations.count()).isEqualTo(orgsBefore);
    }

    @Test
    void passwordResetIsSilentForUnknownAddressesAndTheLinkIsSingleUse() {
        accounts.requestPasswordReset("nobody-" + AccountFixtures.uniqueEmail("x"), Locale.ENGLISH);

        UserAccount user = fixtures.user("reset", null, Role.APPLICANT);
        accounts.requestPasswordReset(user.getEmail(), Locale.ENGLISH);
        String token = linkIn(user.getEmail(), "reset");
        assertThatThrownBy(() -> accounts.resetPassword(token, "short")).hasMessage("password.error.short");
        accounts.resetPassword(token, "Nuova-Parola-99");
        assertThat(fixtures.passwordMatches(user.getId(), "Nuova-Parola-99")).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "Altra-Parola-77")).hasMessage("token.error.invalid");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        UserAccount user = fixtures.user("lock", null, Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            accounts.recordFailedLogin(user.getEmail(), 5, java.time.Duration.ofMinutes(15));
        }
        assertThat(userDetails.loadUserByUsername(user.getEmail()).isAccountNonLocked()).isFalse();

        signIn(fixtures.user("admin", null, Role.ADMIN));
        accounts.unlock(user.getId());
        assertThat(userDetails.loadUserByUsername(user.getEmail()).isAccountNonLocked()).isTrue();
    }

    @Test
    void adminInvitesAnEvaluatorWhoSetsAPasswordThroughTheLink() {
        signIn(fixtures.user("admin", null, Role.ADMIN));
        String email = AccountFixtures.uniqueEmail("eval");
        long id = accounts.invite(email, "Eva Luatrice", Role.EVALUATOR, null, Locale.ENGLISH);
        SecurityContextHolder.clearContext();

        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        OutboxMessage invitation = mail.sentTo(email).getFirst();
        assertThat(invitation.getSubject()).isEqualTo("You are invited to Convergo");
        assertThat(invitation.getBody()).contains("Evaluator");
        String token = linkIn(email, "invitation");
        assertThat(accounts.invitationEmail(token)).contains(email);
        accounts.acceptInvitation(token, "Giuria-Esperta-31");
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(fixtures.passwordMatches(id, "Giuria-Esperta-31")).isTrue();
        assertThat(accounts.invitationEmail(token)).isEmpty();
    }

    @Test
    void firmManagerInvitationNeedsAnOrganisation() {
        signIn(fixtures.user("admin", null, Role.ADMIN));
        assertThatThrownBy(() -> accounts.invite(AccountFixtures.uniqueEmail("fm"), "F M", Role.FIRM_MANAGER, null,
                Locale.ITALIAN)).hasMessage("invite.error.firmRequired");
    }

    @Test
    void onlyAdminsManageUsers() {
        UserAccount target = fixtures.user("target", null, Role.APPLICANT);
        for (Role role : List.of(Role.APPLICANT, Role.EVALUATOR, Role.FIRM_MANAGER)) {
            Organisation org = fixtures.organisation("Org", OrganisationType.SME);
            signIn(fixtures.user("nonadmin", org, role));
            assertThatThrownBy(() -> accounts.user(target.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.grant(target.getId(), Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.setDisabled(target.getId(), true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.users("", null, Pageable.ofSize(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.invite(AccountFixtures.uniqueEmail("x"), "X", Role.ADMIN, null,
                    Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.user(target.getId())).isInstanceOf(Exception.class);
        assertThat(fixtures.reload(target.getId()).getRoles()).containsExactly(Role.APPLICANT);
    }

    @Test
    void adminCannotLockThemselvesOut() {
        UserAccount admin = fixtures.user("admin", null, Role.ADMIN);
        signIn(admin);
        assertThatThrownBy(() -> accounts.revoke(admin.getId(), Role.ADMIN)).hasMessage("admin.error.ownAdminRole");
        assertThatThrownBy(() -> accounts.setDisabled(admin.getId(), true)).hasMessage("admin.error.ownAccount");
        UserAccount other = fixtures.user("other", null, Role.APPLICANT);
        accounts.grant(other.getId(), Role.EVALUATOR);
        accounts.setDisabled(other.getId(), true);
        assertThat(fixtures.reload(other.getId()).getRoles()).contains(Role.APPLICANT, Role.EVALUATOR);
        assertThat(userDetails.loadUserByUsername(other.getEmail()).isEnabled()).isFalse();
    }

    @Test
    void evaluatorsKeepTheirExpertise() {
        UserAccount evaluator = fixtures.user("expert", null, Role.EVALUATOR);
        signIn(evaluator);
        accounts.updateMyExpertise(java.util.Set.of(it.convergo.base.TechnologyArea.ROBOTICS));
        assertThat(accounts.myExpertise()).containsExactly(it.convergo.base.TechnologyArea.ROBOTICS);
        signIn(fixtures.user("applicant", null, Role.APPLICANT));
        assertThatThrownBy(() -> accounts.updateMyExpertise(java.util.Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
