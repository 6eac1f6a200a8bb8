package it.convergo.base.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grammar the translations cannot express on their own: which plural form a count takes (a key with
 * ".one" and ".other" variants), decimals with the locale's separator, and the Italian article elided before
 * numbers that sound with a vowel ("l'8 dic", "dall'11").
 */
final class TextRules {

    private static final Pattern ITALIAN_ELISION =
            Pattern.compile("\\b([Ii]l|[Dd]el|[Aa]l|[Dd]al|[Nn]el) (1|8|11|8\\d)(?![\\d.,])");

    private TextRules() {
    }

    /** ".one" when the first numeric parameter is exactly 1, ".other" otherwise (both languages agree). */
    static String suffix(Object... params) {
        for (Object p : params) {
            if (p instanceof Number n) {
                return n.doubleValue() == 1 ? ".one" : ".other";
            }
        }
        return ".other";
    }

    static String format(Object value, Locale locale) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            NumberFormat decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMaximumFractionDigits(2);
            decimals.setGroupingUsed(false);
            return decimals.format(value);
        }
        return String.valueOf(value);
    }

    static String elide(String text, Locale locale) {
        if (!Translations.ITALIAN.getLanguage().equals(locale.getLanguage())) {
            return text;
        }
        return ITALIAN_ELISION.matcher(text).replaceAll(m -> {
            String article = m.group(1);
            String elided = article.equals("il") ? "l" : article.equals("Il") ? "L" : article + "l";
            return elided + "'" + m.group(2);
        });
    }
}
