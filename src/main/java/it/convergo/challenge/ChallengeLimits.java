package it.convergo.challenge;

/** Field limits of the challenge editor, shown to the firm while typing and enforced by the service. */
public final class ChallengeLimits {

    public static final int TITLE = 150;
    public static final int SUMMARY = 500;
    public static final int DESCRIPTION = 20_000;
    public static final int PROBLEM = 5_000;
    public static final int OUTCOME = 5_000;
    public static final int NDA = 20_000;
    public static final int REWARD_TEXT = 500;
    public static final int CRITERION_NAME = 120;
    public static final int CRITERION_DESCRIPTION = 1_000;
    public static final int MAX_CRITERIA = 10;
    public static final int QUESTION_LABEL = 300;
    public static final int MAX_QUESTIONS = 30;
    /** The longest answer a firm may allow to a short and to a long text question, and the most PDF pages. */
    public static final int SHORT_ANSWER_MAX = 500;
    public static final int LONG_ANSWER_MAX = 20_000;
    public static final int ANSWER_PAGES_MAX = 100;
    public static final int TRL_MIN = 1;
    public static final int TRL_MAX = 9;
    public static final int MIN_EVALUATORS = 1;
    public static final int MAX_EVALUATORS = 10;
    /** Months after the results' publication before the content of proposals not selected is deleted. */
    public static final int RETENTION_MIN_MONTHS = 1;
    public static final int RETENTION_MAX_MONTHS = 120;
    /** Days after the results' publication in which applicants may appeal: 0 (no appeals) to 60, 10 unless set. */
    public static final int APPEAL_MIN_DAYS = 0;
    public static final int APPEAL_MAX_DAYS = 60;
    public static final int APPEAL_DEFAULT_DAYS = 10;
    /** The application form's own limits: what a firm may set as the longest title, acronym and abstract. */
    public static final int FORM_TITLE_MIN = 20;
    public static final int FORM_TITLE_MAX = 500;
    public static final int FORM_ACRONYM_MIN = 5;
    public static final int FORM_ACRONYM_MAX = 50;
    public static final int FORM_ABSTRACT_MIN = 200;
    public static final int FORM_ABSTRACT_MAX = 10_000;
    /** Letters, digits and hyphens, 6 to 40 of them (blank: no code). */
    public static final String ACCESS_CODE = "[A-Za-z0-9-]{6,40}";
    public static final int CLARIFICATION = 2_000;
    public static final int MIN_QUESTION = 10;
    public static final int ANSWER = 5_000;
    public static final long BRIEF_BYTES = 20L * 1024 * 1024;
    public static final int BRIEF_PAGES = 60;
    public static final long COVER_BYTES = 2L * 1024 * 1024;
    public static final int COVER_PIXELS = 4_000;
    /** Wrong access codes allowed before the code is locked for this user and challenge. */
    public static final int CODE_ATTEMPTS = 5;
    public static final int CODE_LOCK_MINUTES = 15;

    private ChallengeLimits() {
    }
}
