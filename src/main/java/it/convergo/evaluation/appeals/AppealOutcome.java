package it.convergo.evaluation.appeals;

/** How the firm closes an appeal. */
public enum AppealOutcome {
    /** the appeal is rejected: the result stands */
    UPHELD,
    /** the proposal was re-evaluated: its result changed */
    RE_EVALUATED;

    public String labelKey() {
        return "appeal.outcome." + name();
    }
}
