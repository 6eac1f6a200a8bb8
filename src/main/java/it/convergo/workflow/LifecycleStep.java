package it.convergo.workflow;

import java.util.Optional;

/** Where a {@code challenge-lifecycle} process waits, with the BPMN ids of those activities. */
public enum LifecycleStep {
    /** published, the opening timer runs */
    WAITING_TO_OPEN("waitingToOpen"),
    /** open for proposals: waits for the closing timer or the firm's "close early" */
    OPEN("openGateway", "closesTimer", "closedEarly"),
    /** two-stage: open for outlines, waits for the outline deadline or the firm's "close early" */
    OUTLINE_OPEN("outlineGateway", "outlineClosesTimer", "outlineClosedEarly"),
    /** two-stage: outlines closed, the firm shortlists */
    SHORTLIST("shortlist"),
    /** two-stage: invited full proposals, until the full deadline or the firm's "close early" */
    FULL_OPEN("fullGateway", "fullClosesTimer", "fullClosedEarly"),
    /** closed: one proposal evaluation runs per submitted proposal */
    EVALUATION("evaluation"),
    /** every proposal evaluated or not eligible: the firm ranks and decides */
    DECISION("decision");

    private final String bpmnId;
    private final String[] alsoWaitingIn;

    LifecycleStep(String bpmnId, String... alsoWaitingIn) {
        this.bpmnId = bpmnId;
        this.alsoWaitingIn = alsoWaitingIn;
    }

    public String bpmnId() {
        return bpmnId;
    }

    /** The step for an active activity id (the gateway or one of the events it waits for). */
    static Optional<LifecycleStep> of(String activityId) {
        for (LifecycleStep s : values()) {
            if (s.bpmnId.equals(activityId) || java.util.Arrays.asList(s.alsoWaitingIn).contains(activityId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** BPMN id of the closing timer inside {@link #OPEN}, which a deadline extension moves. */
    static final String CLOSES_TIMER = "closesTimer";

    /** BPMN id of the full stage's closing timer inside {@link #FULL_OPEN}, which a deadline extension moves too. */
    static final String FULL_CLOSES_TIMER = "fullClosesTimer";
}
