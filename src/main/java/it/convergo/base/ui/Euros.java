package it.convergo.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Whole-euro amounts (rewards, budgets) as the portal shows them: Italian grouping in Italian, "1.000 €" otherwise. */
public final class Euros {

    private Euros() {
    }

    public static String whole(BigDecimal amount, Locale reader) {
        NumberFormat euro = NumberFormat.getCurrencyInstance("it".equals(reader.getLanguage()) ? Locale.ITALY : Locale.GERMANY);
        euro.setMaximumFractionDigits(0);
        return euro.format(amount);
    }
}
