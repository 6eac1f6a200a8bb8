package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account side of single sign-on: which account a provider's identity signs in as, when it is linked, made
 * or refused, and that the principal is the one a password sign-in produces. The HTTP flow against a real
 * provider is {@code SingleSignOnFlowTest}.
 */
class SingleSignOnTest extends SpringTest {

    private static final String PROVIDER = "university";

    @Autowired
    SingleSignOn sso;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    CredentialStamps stamps;
    @Autowired
    JdbcTemplate jdbc;

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aFirstSignInMakesAnApplicantAccountWithoutPasswordOrOrganisation() {
        String email = AccountFixtures.uniqueEmail("sso-new");
        String subject = subject();

        AccountPrincipal principal = sso.signIn(new SsoIdentity(PROVIDER, subject, email.toUpperCase(), true, "Ada Rossi", "it"));

        UserAccount made = accounts.reload(principal.userId());
        assertThat(made.getEmail()).isEqualTo(email);
        assertThat(made.getFullName()).isEqualTo("Ada Rossi");
        assertThat(made.getRoles()).containsExactly(Role.APPLICANT);
        assertThat(made.getOrganisation()).isNull();
        assertThat(made.getPasswordHash()).as("no password: it signs in through the provider").isNull();
        assertThat(made.isEmailConfirmed()).as("the provider verified the address").isTrue();
        assertThat(made.getLanguage()).isEqualTo("it");
        assertThat(principal.roles()).containsExactly(Role.APPLICANT);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_APPLICANT");
        assertThat(principal.organisationId()).isNull();
        assertThat(principal.isEnabled()).isTrue();
        assertThat(principal.getPassword()).as("nothing of a password in the session").isNull();
        assertThat(stamps.isCurrent(principal)).as("the stale-session check accepts it").isTrue();
        assertThat(links(principal.userId())).isOne();
        assertThat(audits("account.ssoRegistered", principal.userId())).isOne();
    }

    @Test
    void aVerifiedAddressLinksToTheExistingAccountWithItsRolesAndOrganisation() {
        Organisation org = accounts.organisation("Linked", OrganisationType.SME);
        UserAccount existing = accounts.user("sso-link", org, Role.APPLICANT, Role.FIRM_MANAGER);
        long before = count("select count(*) from user_account");

        AccountPrincipal principal = sso.signIn(new SsoIdentity(PROVIDER, subject(), existing.getEmail(), true, "Other Name", null));

        assertThat(principal.userId()).isEqualTo(existing.getId());
        assertThat(principal.roles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.FIRM_MANAGER);
        assertThat(principal.organisationId()).isEqualTo(org.getId());
        assertThat(principal.fullName()).as("the account's own name stays").isEqualTo(existing.getFullName());
        assertThat(count("select count(*) from user_account")).isEqualTo(before);
        assertThat(stamps.isCurrent(principal)).isTrue();
        assertThat(audits("account.ssoLinked", existing.getId())).isOne();

        jdbc.update("update user_account set password_hash = ? where id = ?", "{noop}changed", existing.getId());
        assertThat(stamps.isCurrent(principal)).as("a password reset ends the single sign-on session too").isFalse();
    }

    @Test
    void anUnverifiedAddressNeverLinksAndChangesNothing() {
        UserAccount existing = accounts.user("sso-unverified", null, Role.ADMIN);
        long users = count("select count(*) from user_account");
        String subject = subject();

        assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, subject, existing.getEmail(), false, "Mallory", null)))
                .isInstanceOfSatisfying(SingleSignOn.Refused.class, r -> assertThat(r.reason()).isEqualTo("unverified"));

        assertThat(count("select count(*) from user_account")).isEqualTo(users);
        assertThat(links(existing.getId())).isZero();
        assertThat(count("select count(*) from sso_link where subject = ?", subject)).isZero();
    }

    @Test
    void anUnverifiedNewAddressMakesAnAccountWhoseAddressStaysUnconfirmed() {
        String email = AccountFixtures.uniqueEmail("sso-unconfirmed");

        AccountPrincipal principal = sso.signIn(new SsoIdentity(PROVIDER, subject(), email, false, null, null));

        UserAccount made = accounts.reload(principal.userId());
        assertThat(made.isEmailConfirmed()).isFalse();
        assertThat(made.getFullName()).as("no name shared: the address's local part").isEqualTo(email.substring(0, email.indexOf('@')));
    }

    @Test
    void theSecondSignInFollowsTheStoredSubjectNotTheAddress() {
        UserAccount existing = accounts.user("sso-second", null, Role.EVALUATOR);
        String subject = subject();
        sso.signIn(new SsoIdentity(PROVIDER, subject, existing.getEmail(), true, null, null));
        UserAccount other = accounts.user("sso-other", null, Role.APPLICANT);
        long users = count("select count(*) from user_account");

        // the person changed their address at the provider, even to one of another account: the subject decides
        AccountPrincipal again = sso.signIn(new SsoIdentity(PROVIDER, subject, other.getEmail(), true, null, null));

        assertThat(again.userId()).isEqualTo(existing.getId());
        assertThat(again.email()).isEqualTo(existing.getEmail());
        assertThat(count("select count(*) from user_account")).isEqualTo(users);
        assertThat(links(other.getId())).isZero();
        assertThat(links(existing.getId())).isOne();

        AccountPrincipal elsewhere = sso.signIn(new SsoIdentity("network", subject, AccountFixtures.uniqueEmail("sso-net"), true, null, null));
        assertThat(elsewhere.userId()).as("the same subject at another provider is another person").isNotEqualTo(existing.getId());
    }

    @Test
    void aDisabledAccountIsRefusedByItsSubjectAndByItsAddress() {
        UserAccount linked = accounts.user("sso-disabled", null, Role.APPLICANT);
        String subject = subject();
        sso.signIn(new SsoIdentity(PROVIDER, subject, linked.getEmail(), true, null, null));
        UserAccount unlinked = accounts.user("sso-disabled-new", null, Role.APPLICANT);
        jdbc.update("update user_account set disabled = ? where id in (?, ?)", true, linked.getId(), unlinked.getId());

        assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, subject, linked.getEmail(), true, null, null)))
                .isInstanceOfSatisfying(SingleSignOn.Refused.class, r -> assertThat(r.reason()).isEqualTo("disabled"));
        assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, subject(), unlinked.getEmail(), true, null, null)))
                .isInstanceOfSatisfying(SingleSignOn.Refused.class, r -> assertThat(r.reason()).isEqualTo("disabled"));
        assertThat(links(unlinked.getId())).isZero();
    }

    @Test
    void anErasedAccountNeverSignsInAgainAndLosesItsLinks() {
        UserAccount me = accounts.user("sso-erased", null, Role.APPLICANT);
        String email = me.getEmail();
        String subject = subject();
        AccountPrincipal principal = sso.signIn(new SsoIdentity(PROVIDER, subject, email, true, null, null));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        erasure.eraseMe(email);
        SecurityContextHolder.clearContext();
        assertThat(links(me.getId())).as("the subject is personal data: erased with the account").isZero();

        AccountPrincipal afterwards = sso.signIn(new SsoIdentity(PROVIDER, subject, email, true, null, null));
        assertThat(afterwards.userId()).as("a fresh account, never the erased one").isNotEqualTo(me.getId());

        String erasedAddress = accounts.reload(me.getId()).getEmail();
        assertThat(erasedAddress).endsWith("@erased.invalid");
        assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, subject(), erasedAddress, true, null, null)))
                .isInstanceOf(SingleSignOn.Refused.class);
        jdbc.update("insert into sso_link (provider, subject, user_id, created_at) values (?, ?, ?, current_timestamp)",
                PROVIDER, "left-behind", me.getId());
        assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, "left-behind", email, true, null, null)))
                .isInstanceOfSatisfying(SingleSignOn.Refused.class, r -> assertThat(r.reason()).isEqualTo("disabled"));
    }

    @Test
    void withoutAUsableAddressNoAccountIsMade() {
        long users = count("select count(*) from user_account");
        for (String email : new String[] {null, "", "not-an-address"}) {
            assertThatThrownBy(() -> sso.signIn(new SsoIdentity(PROVIDER, subject(), email, true, "Nobody", null)))
                    .isInstanceOfSatisfying(SingleSignOn.Refused.class, r -> assertThat(r.reason()).isEqualTo("noEmail"));
        }
        assertThat(count("select count(*) from user_account")).isEqualTo(users);
    }

    private long links(long userId) {
        return count("select count(*) from sso_link where user_id = ?", userId);
    }

    private long audits(String action, long userId) {
        return count("select count(*) from audit_event where action = ? and subject = ?", action, "user:" + userId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
