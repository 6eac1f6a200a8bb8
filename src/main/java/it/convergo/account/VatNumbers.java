package it.convergo.account;

import java.util.Locale;

/** Normalises and checks VAT numbers; the Italian P.IVA is checked down to its control digit. */
public final class VatNumbers {

    private VatNumbers() {
    }

    public static String normalise(String country, String vat) {
        if (vat == null) {
            return "";
        }
        String v = vat.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        String prefix = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return !prefix.isEmpty() && v.startsWith(prefix) && v.length() > prefix.length() + 1
                ? v.substring(prefix.length()) : v;
    }

    /** Returns null when valid, otherwise the translation key of what is wrong. */
    public static String problem(String country, String vat) {
        String v = normalise(country, vat);
        if (v.isEmpty()) {
            return "vat.error.required";
        }
        if ("IT".equalsIgnoreCase(country)) {
            if (!v.matches("\\d{11}")) {
                return "vat.error.itFormat";
            }
            return isValidPartitaIva(v) ? null : "vat.error.itCheckDigit";
        }
        return v.matches("[A-Z0-9]{4,20}") ? null : "vat.error.foreignFormat";
    }

    /** The P.IVA control digit: a Luhn-style sum over the first ten digits. */
    static boolean isValidPartitaIva(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(10) - '0' && !digits.startsWith("0000000");
    }
}
