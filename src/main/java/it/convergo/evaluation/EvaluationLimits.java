package it.convergo.evaluation;

/**
 * Text limits of the evaluation's forms, shown while typing. The services refuse longer criterion comments,
 * messages and notes; the overall comment, the conflict reason and the feedback have the screen's limit only.
 */
public final class EvaluationLimits {

    /** A comment on one criterion, and the overall comment of a score sheet or consensus. */
    public static final int COMMENT = 4_000;
    /** A message in the panel's consensus discussion. */
    public static final int MESSAGE = 4_000;
    /** The firm's note on an eligibility decision. */
    public static final int ELIGIBILITY_NOTE = 2_000;
    /** An evaluator's reason for a declared conflict of interest (its column's size). */
    public static final int CONFLICT_REASON = 1_000;
    /** An evaluator's note on a proposal that is not anonymous. */
    public static final int ANONYMITY_NOTE = 1_000;
    /** The firm's feedback to the applicant with its decision (a text column). */
    public static final int FEEDBACK = 4_000;

    private EvaluationLimits() {
    }
}
