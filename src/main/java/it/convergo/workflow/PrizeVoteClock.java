package it.convergo.workflow;

/**
 * Published by the {@code prize-vote} process when a vote's opening time has come and when its closing time has
 * come (then the vote is counted and published). The evaluation feature listens and records the step in the
 * same transaction as the workflow's.
 */
public record PrizeVoteClock(long voteId, Moment moment) {

    /** Each moment with the BPMN id of the service task that announces it. */
    public enum Moment {
        OPENS("openVote"), COUNT("countVote");

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
