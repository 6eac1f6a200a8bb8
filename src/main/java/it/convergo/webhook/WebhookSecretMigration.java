package it.convergo.webhook;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encrypts the signing secrets stored in clear before encryption came, once the portal has started. Each row is
 * changed only if it still holds the clear value read (compare and set), so two nodes starting together do no harm;
 * until a row is encrypted, {@link WebhookSecretCipher#open} reads it as it is.
 */
@Component
class WebhookSecretMigration {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecretMigration.class);

    private final JdbcTemplate jdbc;
    private final WebhookSecretCipher cipher;

    WebhookSecretMigration(JdbcTemplate jdbc, WebhookSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int done = encryptClearSecrets();
        if (done > 0) {
            log.info("Encrypted {} webhook signing secrets kept in clear", done);
        }
    }

    /** Encrypts every secret still in clear; returns how many this call encrypted. */
    int encryptClearSecrets() {
        List<Map<String, Object>> clear = jdbc.queryForList("select id, secret from webhook_endpoint where secret like ?",
                WebhookSecrets.PREFIX + "%");
        int done = 0;
        for (Map<String, Object> row : clear) {
            String secret = (String) row.get("secret");
            done += jdbc.update("update webhook_endpoint set secret = ? where id = ? and secret = ?", cipher.seal(secret),
                    ((Number) row.get("id")).longValue(), secret);
        }
        return done;
    }
}
