package it.convergo.proposal;

/** Limits of the fixed fields and files that the challenge's form does not set itself. */
public final class ProposalLimits {

    public static final int TEAM = 3000;
    public static final int BUDGET_TEXT = 2000;
    public static final int ANSWER_DEFAULT = 5000;
    public static final long FILE_BYTES = 20L * 1024 * 1024;
    public static final int GENERAL_FILES = 5;
    public static final int GENERAL_PAGES = 50;
    public static final int MEMBERS = 10;
    public static final int NOTE = 2000;

    private ProposalLimits() {
    }
}
