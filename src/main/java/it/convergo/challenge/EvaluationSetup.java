package it.convergo.challenge;

import java.math.BigDecimal;
import java.util.List;

/** How proposals will be judged: criteria in order, thresholds, jury size, blind flag, divergence threshold. */
public record EvaluationSetup(List<CriterionDef> criteria, BigDecimal overallThreshold, int evaluatorsPerProposal,
                              boolean blind, BigDecimal divergenceThreshold) {

    public EvaluationSetup {
        criteria = List.copyOf(criteria);
    }

    /** The weighted maximum total: the sum over criteria of weight × maximum score. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(CriterionDef::weightedMax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
