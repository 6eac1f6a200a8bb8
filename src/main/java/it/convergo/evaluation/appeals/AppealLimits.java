package it.convergo.evaluation.appeals;

/** Text limits of the appeal's forms, shown while typing and enforced by the service. */
public final class AppealLimits {

    /** The applicant's grounds. */
    public static final int GROUNDS = 4_000;
    /** A reviewer's opinion. */
    public static final int OPINION = 4_000;
    /** The firm's reasoned reply. */
    public static final int REPLY = 4_000;
    /** Days the reviewers have for their opinion unless the firm sets another due date. */
    public static final int REVIEW_DAYS = 10;

    private AppealLimits() {
    }
}
