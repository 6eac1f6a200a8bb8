package it.convergo.evaluation.results;

import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The firm's ranking: proposals with final scores (above every threshold first, ranked; those below apart),
 * each with the firm's decision; evaluators' leniency; whether results can be / were published.
 */
public record RankingView(long challengeId, String challengeTitle, List<CriterionDef> criteria,
                          BigDecimal overallThreshold, List<Row> rows, List<Leniency> leniency, boolean readyToDecide,
                          Instant publishedAt) {

    public record Row(Ranking.Entry entry, String organisationName, Outcome outcome, String feedback) {
    }

    public record Leniency(String evaluator, BigDecimal difference, int evaluations) {
    }
}
