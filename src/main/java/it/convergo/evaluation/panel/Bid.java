package it.convergo.evaluation.panel;

/** How much an evaluator wants to evaluate a proposal; "conflict" is a hard exclusion. */
public enum Bid {
    EAGER(20),
    WILLING(8),
    NOT_INTERESTED(-15),
    CONFLICT(0);

    /** Added to the expertise fit in the optimiser (conflict excludes the pair instead). */
    final int bonus;

    Bid(int bonus) {
        this.bonus = bonus;
    }

    public String labelKey() {
        return "evaluation.bid." + name();
    }
}
