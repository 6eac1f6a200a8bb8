package it.convergo.challenge;

/** The kinds of custom question a firm can add to its application form. */
public enum QuestionType {
    SHORT_TEXT,
    LONG_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    NUMBER,
    YES_NO,
    PDF_UPLOAD;

    public String labelKey() {
        return "challenge.question.type." + name();
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
