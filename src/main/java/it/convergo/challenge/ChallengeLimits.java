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
    public static final int CLARIFICATION = 2_000;
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
