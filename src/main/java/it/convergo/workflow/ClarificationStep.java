package it.convergo.workflow;

/**
 * Published by the clarification round of {@code proposal-evaluation} when a question ends, inside the
 * step's transaction, so the evaluation feature can record it and tell the panel.
 */
public record ClarificationStep(long proposalId, long challengeId, long questionId, Kind kind) {

    public enum Kind {
        /** the applicant answered before the deadline: the panel is told */
        ANSWERED("answered"),
        /** the deadline passed without an answer: the rapporteur is told */
        UNANSWERED("unanswered");

        private final String bpmnId;

        Kind(String bpmnId) {
            this.bpmnId = bpmnId;
        }

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
