package it.convergo.evaluation.results;

import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The firm's ranking: proposals with final scores (above every threshold first, ranked; those below apart),
 * each with the firm's decision; evaluators' leniency and scales (calibration); the same proposals ranked by
 * normalised score; which of the two decides ({@code basis}); whether results can be / were published. Until
 * the firm has chosen the basis, no ranking, leniency or scale is given ({@code basis} null, lists empty).
 */
public record RankingView(long challengeId, String challengeTitle, List<CriterionDef> criteria,
                          BigDecimal overallThreshold, List<Row> rows, List<Leniency> leniency, boolean readyToDecide,
                          Instant publishedAt, RankingBasis basis, List<Normalised> normalised, List<Scale> scales) {

    /** A view with the raw ranking deciding and no calibration (exports and tests). */
    public RankingView(long challengeId, String challengeTitle, List<CriterionDef> criteria, BigDecimal overallThreshold,
                       List<Row> rows, List<Leniency> leniency, boolean readyToDecide, Instant publishedAt) {
        this(challengeId, challengeTitle, criteria, overallThreshold, rows, leniency, readyToDecide, publishedAt,
                RankingBasis.RAW, List.of(), List.of());
    }

    public record Row(Ranking.Entry entry, long organisationId, String organisationName, Outcome outcome, String feedback) {
    }

    public record Leniency(String evaluator, BigDecimal difference, int evaluations) {
    }

    /** A proposal in the normalised ranking: its place there, its mean z-score and its place in the raw ranking. */
    public record Normalised(Ranking.Entry entry, BigDecimal meanZ, int rawRank) {
    }

    /** An evaluator's scale: evaluations, mean and standard deviation of their weighted totals. */
    public record Scale(String evaluator, int evaluations, BigDecimal mean, BigDecimal deviation) {
    }

    /** Whether the firm has chosen the deciding ranking (before that, nothing is shown). */
    public boolean basisChosen() {
        return basis != null;
    }
}
