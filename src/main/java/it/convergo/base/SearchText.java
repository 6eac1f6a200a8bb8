package it.convergo.base;

import java.util.Locale;

/** Turns what a user typed into a search field into a case-insensitive LIKE pattern ('' = no filter). */
public final class SearchText {

    private SearchText() {
    }

    public static String like(String search) {
        if (search == null || search.isBlank()) {
            return "";
        }
        String escaped = search.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
