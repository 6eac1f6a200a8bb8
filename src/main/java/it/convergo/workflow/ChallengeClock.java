package it.convergo.workflow;

/**
 * Published by the {@code challenge-lifecycle} process when a challenge's opening or closing time has
 * come (timer fired, or the firm closed it early) and when the firm publishes the results; for two-stage
 * challenges also when the outline stage closes and when the confirmed shortlist opens the full stage. The challenge feature listens and changes the
 * challenge's state in the same transaction as the workflow step.
 */
public record ChallengeClock(long challengeId, Moment moment) {

    /** Each moment with the BPMN id of the lifecycle's service task that announces it. */
    public enum Moment {
        OPENS("open"), CLOSES("close"), RESULTS_PUBLISHED("publish"),
        /** two-stage challenges: the outline stage closed (deadline or closed early); the firm shortlists */
        OUTLINE_CLOSES("closeOutline"),
        /** two-stage challenges: the shortlist was confirmed; applicants are told and the full stage opens */
        FULL_STAGE_OPENS("tellApplicants");

        private final String bpmnId;

        Moment(String bpmnId) {
            this.bpmnId = bpmnId;
        }

        static Moment ofActivity(String activityId) {
            for (Moment m : values()) {
                if (m.bpmnId.equals(activityId)) {
                    return m;
                }
            }
            throw new IllegalStateException("unknown step " + activityId);
        }
    }
}
