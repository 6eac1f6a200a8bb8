package it.convergo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.PersonalDataSource;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.support.SpringTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;

/** Personal API tokens: shown once, stored as a hash only, listed and revoked by their owner alone. */
class ApiTokensTest extends SpringTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApiTokenPersonalData personalData;

    private UserAccount applicant;
    private LocalDate today;

    @BeforeEach
    void signIn() {
        applicant = fixtures.applicant();
        fixtures.signIn(applicant);
        today = LocalDate.now(clock.withZone(Times.ROME));
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        NewApiToken created = tokens.create("  Nightly export ", ApiScope.READ, today.plusDays(30));

        assertThat(created.secret()).startsWith("cvg_").hasSizeGreaterThan(40);
        assertThat(created.token().name()).isEqualTo("Nightly export");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, ApiSecrets.SHOWN));
        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class,
                created.token().id());
        assertThat(stored).isEqualTo(ApiSecrets.hash(created.secret())).doesNotContain(created.secret());
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash like ? or prefix = ?",
                Long.class, "%" + created.secret().substring(4) + "%", created.secret())).isZero();

        assertThat(tokens.mine()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Nightly export");
            assertThat(row.scope()).isEqualTo(ApiScope.READ);
            assertThat(row.createdAt()).isNotNull();
            assertThat(row.lastUsedAt()).isNull();
            assertThat(row.expiresAt()).isEqualTo(today.plusDays(31).atStartOfDay(Times.ROME).toInstant());
        });
        assertThat(tokens.mine().toString()).doesNotContain(created.secret());
    }

    @Test
    void aValidSecretAuthenticatesItsOwnerAndNotesTheUse() {
        NewApiToken created = tokens.create("Robot", ApiScope.WRITE, today);

        assertThat(tokens.authenticate(created.secret()))
                .contains(new ApiCaller(created.token().id(), applicant.getId(), ApiScope.WRITE));
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNotNull();
        assertThat(tokens.authenticate(created.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("not-a-token")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() {
        NewApiToken created = tokens.create("Old", ApiScope.READ, today);
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), created.token().id());

        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsCreated() {
        assertThatThrownBy(() -> tokens.create(" ", ApiScope.READ, today)).hasMessage("api.token.error.name");
        assertThatThrownBy(() -> tokens.create("x".repeat(81), ApiScope.READ, today)).hasMessage("api.token.error.name");
        assertThatThrownBy(() -> tokens.create("Robot", null, today)).hasMessage("api.token.error.scope");
        assertThatThrownBy(() -> tokens.create("Robot", ApiScope.READ, null)).hasMessage("api.token.error.expiry");
        assertThatThrownBy(() -> tokens.create("Robot", ApiScope.READ, today.minusDays(1)))
                .hasMessage("api.token.error.expiry");
        assertThatThrownBy(() -> tokens.create("Robot", ApiScope.READ, today.plusDays(ApiTokens.MAX_DAYS + 1)))
                .hasMessage("api.token.error.expiry");
        assertThat(tokens.mine()).isEmpty();

        for (int i = 0; i < ApiTokens.MAX_PER_PERSON; i++) {
            tokens.create("Robot " + i, ApiScope.READ, today);
        }
        assertThatThrownBy(() -> tokens.create("One too many", ApiScope.READ, today))
                .hasMessage("api.token.error.tooMany");
        assertThat(tokens.mine()).hasSize(ApiTokens.MAX_PER_PERSON);
    }

    @Test
    void onlyTheOwnerSeesAndRevokesATokenAndARevokedTokenStopsWorking() {
        NewApiToken mine = tokens.create("Mine", ApiScope.READ, today);
        long id = mine.token().id();

        // someone else: sees nothing of it, and revoking answers "not found" without revoking
        UserAccount other = fixtures.user("other", Role.FIRM_MANAGER);
        fixtures.signIn(other);
        assertThat(tokens.mine()).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(id)).hasMessage("error.notFound");
        assertThat(tokens.authenticate(mine.secret())).isPresent();
        assertThatThrownBy(() -> tokens.revoke(Long.MAX_VALUE)).hasMessage("error.notFound");

        // anonymous: refused
        fixtures.signOut();
        assertThatThrownBy(() -> tokens.mine()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> tokens.create("x", ApiScope.READ, today)).isInstanceOf(AuthenticationException.class);

        // the owner revokes it: gone from the list, and the secret no longer works
        fixtures.signIn(applicant);
        tokens.revoke(id);
        assertThat(tokens.mine()).isEmpty();
        assertThat(tokens.authenticate(mine.secret())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'api.token.revoked' "
                + "and subject = ?", Long.class, "api-token:" + id)).isEqualTo(1);
    }

    @Test
    void theTokensArePartOfThePersonsDataAndGoWithTheAccount() {
        NewApiToken created = tokens.create("Exporter", ApiScope.READ, today);
        PersonalDataSource.Person person = new PersonalDataSource.Person(applicant.getId(), applicant.getEmail(),
                applicant.getFullName());

        assertThat(personalData.collect(person).toString()).contains("Exporter", created.token().prefix())
                .doesNotContain(created.secret(), ApiSecrets.hash(created.secret()));
        personalData.erase(new PersonalDataSource.Erasure(person, "erased-user-" + applicant.getId(), false));
        assertThat(tokens.mine()).isEmpty();
        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }
}
