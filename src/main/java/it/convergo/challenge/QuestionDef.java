package it.convergo.challenge;

import java.util.List;
import java.util.Locale;

/**
 * A custom question of the application form, in one or both languages. {@code maxChars} applies to text,
 * {@code maxPages} to PDF uploads, {@code options} to choices.
 */
public record QuestionDef(QuestionType type, String labelEn, String labelIt, boolean required, Integer maxChars,
                          Integer maxPages, List<String> options) {

    public QuestionDef {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The label in the reader's language, or in the other one when the firm wrote only one. */
    public String label(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        String first = italian ? labelIt : labelEn;
        String other = italian ? labelEn : labelIt;
        return first != null && !first.isBlank() ? first : other == null ? "" : other;
    }
}
