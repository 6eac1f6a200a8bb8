package it.convergo.evaluation.results;

/** The firm's decision on an evaluated proposal. */
public enum Outcome {
    WINNER,
    FINALIST,
    RESERVE,
    REJECTED;

    public String labelKey() {
        return "evaluation.outcome." + name();
    }
}
