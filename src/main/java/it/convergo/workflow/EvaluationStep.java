package it.convergo.workflow;

/**
 * Published by the {@code proposal-evaluation} process at each automatic step, inside the step's
 * transaction, so the evaluation feature can notify people and record the outcome.
 *
 * @param evaluatorId the evaluator concerned (conflict, reminder, late), or null for proposal-wide steps
 */
public record EvaluationStep(long proposalId, long challengeId, Kind kind, Long evaluatorId) {

    public enum Kind {
        /** the firm found the proposal not eligible: the applicant is told why */
        NOT_ELIGIBLE,
        /** evaluators were assigned: they are told and see the work in their inbox */
        ASSIGNED,
        /** an evaluator declared a conflict: the firm must name a replacement */
        CONFLICT_DECLARED,
        /** the reminder time before an evaluator's due date has come */
        REMINDER_DUE,
        /** an evaluator's due date passed without a submitted evaluation */
        EVALUATOR_LATE,
        /** consensus reached: the proposal has its final scores */
        EVALUATED
    }
}
