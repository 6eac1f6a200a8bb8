package it.convergo.proposal;

import it.convergo.challenge.QuestionDef;

/**
 * Limits of the fixed fields and files that the challenge's form does not set itself: the one place they are
 * set, for the server's checks, the form's constraints ({@link ProposalDraft}) and the counters on screen.
 */
public final class ProposalLimits {

    public static final int TEAM = 3000;
    public static final int BUDGET_TEXT = 2000;
    /** Euro amounts: at most this many digits before the decimal point, and two after. */
    public static final int BUDGET_INTEGER_DIGITS = 12;
    public static final int BUDGET_FRACTION_DIGITS = 2;
    public static final int TRL_MIN = 1;
    public static final int TRL_MAX = 9;
    public static final int ANSWER_DEFAULT = 5000;
    /** Characters of an answer to a number question, as typed ("12,5"). */
    public static final int NUMBER_ANSWER = 40;
    public static final long FILE_BYTES = 20L * 1024 * 1024;
    public static final int GENERAL_FILES = 5;
    public static final int GENERAL_PAGES = 50;
    public static final int MEMBERS = 10;
    public static final int EMAIL = 254;
    public static final int NOTE = 2000;

    private ProposalLimits() {
    }

    /** The longest text answer to a question of the firm: its own limit, else {@link #ANSWER_DEFAULT}. */
    public static int answerMax(QuestionDef q) {
        return q.maxChars() == null ? ANSWER_DEFAULT : q.maxChars();
    }
}
