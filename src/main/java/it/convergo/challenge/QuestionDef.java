package it.convergo.challenge;

import java.util.List;
import java.util.Locale;

/**
 * A custom question of the application form, in one or both languages. {@code maxChars} applies to text,
 * {@code maxPages} to PDF uploads, {@code options} to choices. {@code outline}: in a two-stage challenge the
 * question is asked in the outline already (the full form asks every question, outline answers prefilled).
 */
public record QuestionDef(QuestionType type, String labelEn, String labelIt, boolean required, Integer maxChars,
                          Integer maxPages, List<String> options, boolean outline) {

    public QuestionDef {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A question of the full form only. */
    public QuestionDef(QuestionType type, String labelEn, String labelIt, boolean required, Integer maxChars,
                       Integer maxPages, List<String> options) {
        this(type, labelEn, labelIt, required, maxChars, maxPages, options, false);
    }

    /** The same question, asked in the outline or not. */
    public QuestionDef withOutline(boolean inOutline) {
        return new QuestionDef(type, labelEn, labelIt, required, maxChars, maxPages, options, inOutline);
    }

    /** The label in the reader's language, or in the other one when the firm wrote only one. */
    public String label(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        String first = italian ? labelIt : labelEn;
        String other = italian ? labelEn : labelIt;
        return first != null && !first.isBlank() ? first : other == null ? "" : other;
    }
}
