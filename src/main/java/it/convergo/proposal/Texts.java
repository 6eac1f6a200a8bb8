package it.convergo.proposal;

/** The small string rules the proposal services share: stored text is trimmed, read text is never null. */
final class Texts {

    private Texts() {
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
