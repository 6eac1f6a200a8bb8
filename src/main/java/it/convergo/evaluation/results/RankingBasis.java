package it.convergo.evaluation.results;

/** Which ranking decides a challenge: the consensus totals as they are, or normalised per evaluator. */
public enum RankingBasis {
    RAW,
    NORMALISED;

    public String labelKey() {
        return "evaluation.calibration.basis." + name();
    }
}
