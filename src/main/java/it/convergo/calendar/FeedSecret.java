package it.convergo.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The random, URL-safe secret of a feed address, and its SHA-256, which is all the database keeps. */
final class FeedSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes in URL-safe Base64 without padding: exactly 43 characters. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private FeedSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a secret at all (anything else is refused before the database is asked). */
    static boolean wellFormed(String secret) {
        return secret != null && FORM.matcher(secret).matches();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
