package it.convergo.evaluation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Scores and differences as the reader writes them: "4,5" and "+0,25" in Italian, "4.5" and "+0.25" in English. */
final class ScoreText {

    private ScoreText() {
    }

    static String of(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A difference with its sign: "+0,25", "-0,5", "0". */
    static String signed(BigDecimal value, Locale locale) {
        return (value.signum() > 0 ? "+" : "") + of(value, locale);
    }
}
