package it.convergo.account;

import java.util.Locale;
import java.util.Set;

/**
 * At least 10 characters, letters and digits, not built from the e-mail, not one of the passwords
 * everyone tries first. Long passphrases pass without symbols, as current guidance recommends.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of("password1", "password12", "password123", "qwerty1234",
            "1234567890", "abcdef1234", "iloveyou12", "passw0rd12", "changeme12", "welcome123",
            "benvenuto1", "ciaociao12", "convergo123", "admin12345", "qwertyuiop1");

    private PasswordPolicy() {
    }

    /** Returns null when acceptable, otherwise the translation key of what is wrong. */
    public static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.error.short";
        }
        if (password.length() > 128) {
            return "password.error.long";
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            return "password.error.mix";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "password.error.common";
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return "password.error.email";
            }
        }
        return null;
    }
}
