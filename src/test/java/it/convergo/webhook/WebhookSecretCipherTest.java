package it.convergo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.support.SpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Signing secrets encrypted at rest with AES-GCM; secrets kept in clear before still sign, and are encrypted at start. */
class WebhookSecretCipherTest extends SpringTest {

    @Autowired
    WebhookSecretCipher cipher;
    @Autowired
    WebhookSecretMigration migration;
    @Autowired
    WebhookEndpoints webhooks;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        challenges.signOut();
    }

    private String stored(long endpointId) {
        return jdbc.queryForObject("select secret from webhook_endpoint where id = ?", String.class, endpointId);
    }

    @Test
    void aSealedSecretFitsTheColumnDiffersEachTimeAndOpensOnlyUntouchedWithItsKey(@TempDir Path dir) {
        String secret = WebhookSecrets.newSecret();
        String once = cipher.seal(secret);
        String twice = cipher.seal(secret);
        assertThat(once).startsWith(WebhookSecretCipher.MARKER).doesNotContain(secret.substring(6)).hasSizeLessThanOrEqualTo(100);
        assertThat(once).as("a fresh nonce each time").isNotEqualTo(twice);
        assertThat(cipher.open(once)).isEqualTo(secret);
        assertThat(cipher.open(twice)).isEqualTo(secret);
        assertThat(cipher.open(secret)).as("a secret kept in clear reads as it is").isEqualTo(secret);

        char last = once.charAt(once.length() - 5);
        String tampered = once.substring(0, once.length() - 5) + (last == 'A' ? 'B' : 'A') + once.substring(once.length() - 4);
        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
        WebhookSecretCipher otherKey = new WebhookSecretCipher("", dir.resolve("other.key"));
        assertThatThrownBy(() -> otherKey.open(once)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("convergo.webhooks.secret-key");
        assertThatThrownBy(() -> new WebhookSecretCipher("c2hvcnQ=", dir.resolve("unused.key")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyTheFirstStartMakesOneAndLaterStartsUseIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("webhook-secret.key");
        WebhookSecretCipher first = new WebhookSecretCipher(" ", file);
        assertThat(file).exists();
        String sealed = first.seal(WebhookSecrets.newSecret());
        String key = Files.readString(file);
        WebhookSecretCipher restarted = new WebhookSecretCipher(null, file);
        assertThat(Files.readString(file)).as("kept, not made again").isEqualTo(key);
        assertThat(restarted.open(sealed)).isEqualTo(first.open(sealed));
        assertThat(new WebhookSecretCipher(key, dir.resolve("ignored.key")).open(sealed)).as("the same key configured")
                .isEqualTo(first.open(sealed));
        assertThat(dir.resolve("ignored.key")).doesNotExist();
    }

    @Test
    void theDatabaseHoldsNoSecretInClearAndAnOldClearRowStillSignsUntilEncryptedAtStart() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UserAccount manager = challenges.firmManager();
            challenges.signIn(manager);
            NewSecret created = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_PUBLISHED));
            long id = created.endpoint().id();
            assertThat(stored(id)).startsWith(WebhookSecretCipher.MARKER).doesNotContain(created.secret());
            NewSecret rotated = webhooks.rotateSecret(id);
            assertThat(stored(id)).startsWith(WebhookSecretCipher.MARKER).doesNotContain(rotated.secret());

            // a row written before encryption came: the secret in clear
            String legacy = WebhookSecrets.newSecret();
            jdbc.update("update webhook_endpoint set secret = ? where id = ?", legacy, id);
            webhooks.sendTest(id);
            assertThat(Receiver.verified(receiver.await(1).getFirst(), legacy)).isTrue();

            assertThat(migration.encryptClearSecrets()).isGreaterThanOrEqualTo(1);
            assertThat(stored(id)).startsWith(WebhookSecretCipher.MARKER);
            assertThat(migration.encryptClearSecrets()).as("nothing left in clear").isZero();
            webhooks.sendTest(id);
            Receiver.Request after = receiver.await(2).getLast();
            assertThat(Receiver.verified(after, legacy)).as("the same secret, now encrypted at rest").isTrue();

            challenges.signIn(challenges.applicant());
            assertThatThrownBy(() -> webhooks.rotateSecret(id)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
