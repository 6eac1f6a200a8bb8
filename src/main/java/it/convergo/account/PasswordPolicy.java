package it.convergo.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * At least 10 characters, letters and digits, not built from the e-mail, not one of the passwords
 * everyone tries first. Long passphrases pass without symbols, as current guidance recommends.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = AccountLimits.PASSWORD_MIN;
    private static final Set<String> COMMON = Set.of("password1", "password12", "password123", "qwerty1234",
            "1234567890", "abcdef1234", "iloveyou12", "passw0rd12", "changeme12", "welcome123",
            "benvenuto1", "ciaociao12", "convergo123", "admin12345", "qwertyuiop1");
    /** Words people start a password with; a variant made of one of them plus digits is guessed quickly. */
    private static final Set<String> COMMON_WORDS = Set.of("password", "passw0rd", "qwerty", "qwertyuiop",
            "admin", "welcome", "iloveyou", "changeme", "benvenuto", "ciao", "ciaociao", "convergo", "letmein",
            "abcdef", "abc", "test", "user", "login", "secret", "segreto", "amore", "juventus", "napoli", "inter");

    private static final Pattern GUESSABLE = Pattern.compile("(\\p{L}+)(\\d+)");

    private PasswordPolicy() {
    }

    /** Returns null when acceptable, otherwise the translation key of what is wrong. */
    public static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.error.short";
        }
        if (password.length() > AccountLimits.PASSWORD_MAX) {
            return "password.error.long";
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            return "password.error.mix";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "password.error.common";
        }
        if (guessable(lower)) {
            return "password.error.guessable";
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return "password.error.email";
            }
        }
        return null;
    }

    /**
     * Letters followed by a run of sequential or repeated digits ("anything12345", "nome0000"), or a common
     * word followed by any digits: the first variants a guessing attack tries.
     */
    private static boolean guessable(String lower) {
        var m = GUESSABLE.matcher(lower);
        if (!m.matches()) {
            return false;
        }
        return COMMON_WORDS.contains(m.group(1)) || (m.group(2).length() >= 3 && sequential(m.group(2)));
    }

    private static boolean sequential(String digits) {
        int step = digits.charAt(1) - digits.charAt(0);
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < digits.length(); i++) {
            if (digits.charAt(i) - digits.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
