package it.convergo.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the endpoints' signing secrets encrypted at rest with AES-GCM: a database copy or backup alone does not let
 * anyone sign webhooks in a firm's name. The key is {@code convergo.webhooks.secret-key} (base64 of 16, 24 or 32
 * bytes); without it, the embedded setup makes one on first start in {@code convergo.webhooks.secret-key-file}
 * (./data) and uses it from then on. Several nodes must share a configured key.
 *
 * <p>Stored form: {@value #MARKER} and base64url of a 12-byte nonce followed by the encrypted 32 bytes of the secret
 * and the 16-byte tag (83 characters, within the column). A value without the marker is a secret kept in clear
 * before encryption came: it is read as it is, and {@link WebhookSecretMigration} encrypts it at start.
 */
@Component
class WebhookSecretCipher {

    static final String MARKER = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(WebhookSecretCipher.class);

    private final SecretKey key;

    WebhookSecretCipher(@Value("${convergo.webhooks.secret-key:}") String configured,
                        @Value("${convergo.webhooks.secret-key-file:./data/webhook-secret.key}") Path file) {
        this.key = new SecretKeySpec(keyBytes(configured, file), "AES");
    }

    /** The stored form of a secret made by {@link WebhookSecrets#newSecret()}. */
    String seal(String secret) {
        byte[] plain = Base64.getUrlDecoder().decode(secret.substring(WebhookSecrets.PREFIX.length()));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret as the firm copied it ({@code whsec_…}); a value stored in clear is returned as it is. */
    String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] in = Base64.getUrlDecoder().decode(stored.substring(MARKER.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return WebhookSecrets.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret cannot be decrypted: is convergo.webhooks.secret-key the "
                    + "key it was encrypted with?", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(MARKER);
    }

    private static byte[] keyBytes(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return checked(Base64.getDecoder().decode(configured.strip()), "convergo.webhooks.secret-key");
        }
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "webhook-secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's permissions apply
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                try {
                    // never over a key another start wrote meanwhile: that one is read below
                    Files.move(temporary, file);
                } catch (java.nio.file.FileAlreadyExistsException other) {
                    log.debug("Another start made the webhook secret key first");
                } finally {
                    Files.deleteIfExists(temporary);
                }
                log.info("Made the key that encrypts webhook secrets: {} (back it up with the database)", file.toAbsolutePath());
            }
            return checked(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the webhook secret key " + file, e);
        }
    }

    private static byte[] checked(byte[] key, String where) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException(where + " must be the base64 of 16, 24 or 32 bytes, not " + key.length);
        }
        return key;
    }
}
