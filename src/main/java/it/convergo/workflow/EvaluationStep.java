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
        NOT_ELIGIBLE("notEligible"),
        /** evaluators were assigned: they are told and see the work in their inbox */
        ASSIGNED("assigned"),
        /** an evaluator declared a conflict: the firm must name a replacement */
        CONFLICT_DECLARED("conflictDeclared"),
        /** the reminder time before an evaluator's due date has come */
        REMINDER_DUE("remind"),
        /** an evaluator's due date passed without a submitted evaluation */
        EVALUATOR_LATE("late"),
        /** consensus reached: the proposal has its final scores */
        EVALUATED("evaluated");

        private final String bpmnId;

        Kind(String bpmnId) {
            this.bpmnId = bpmnId;
        }

        /** The kind announced by the service task with this BPMN id. */
        static Kind ofActivity(String activityId) {
            for (Kind k : values()) {
                if (k.bpmnId.equals(activityId)) {
                    return k;
                }
            }
            throw new IllegalStateException("unknown step " + activityId);
        }
    }
}
