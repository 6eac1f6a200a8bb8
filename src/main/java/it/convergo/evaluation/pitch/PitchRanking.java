package it.convergo.evaluation.pitch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the ranking with the pitch, in plain steps the firm can check by hand:
 * <ol>
 *   <li>written score as a share, from the ranking the firm chose to decide: with the raw ranking, total / maximum
 *       total × 100; with the normalised ranking, the mean z-score placed on a 0-100 scale where −3 is 0, 0 is 50
 *       and +3 is 100 (50 + z × 50 / 3, kept within 0 and 100);</li>
 *   <li>pitch score as a share of its maximum: per pitch criterion the mean of the jury members' scores, weighted
 *       sum / (5 × sum of the weights) × 100;</li>
 *   <li>combined: pitch weight % × pitch share + (100 − pitch weight) % × written share, for invited proposals;
 *       proposals not invited keep their written share.</li>
 * </ol>
 * Proposals above every written threshold are ranked by the combined score (ties by their rank in the deciding
 * written ranking); those below stay apart with rank 0, as in the written ranking. Shares and combined scores are rounded to two decimals.
 */
public final class PitchRanking {

    static final BigDecimal MAX_SCORE = new BigDecimal("5");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** The z-score that reaches 100 % (and its opposite 0 %): three deviations cover nearly every evaluation. */
    private static final BigDecimal Z_SPAN = new BigDecimal("3");

    private PitchRanking() {
    }

    /** A proposal of the deciding written ranking with its written share: rank 0 for those below a threshold. */
    public record Written(long proposalId, String title, int rank, BigDecimal share) {

        /** From the raw ranking: its total against the maximum total. */
        public static Written raw(long proposalId, String title, int rank, BigDecimal total, BigDecimal maxTotal) {
            return new Written(proposalId, title, rank, writtenShare(total, maxTotal));
        }

        /** From the normalised ranking: its mean z-score. */
        public static Written normalised(long proposalId, String title, int rank, BigDecimal meanZ) {
            return new Written(proposalId, title, rank, normalisedShare(meanZ));
        }
    }

    /** A proposal of the combined ranking; {@code pitchShare} null when it was not invited. */
    public record Row(int rank, long proposalId, String title, int writtenRank, BigDecimal writtenShare,
                      BigDecimal pitchShare, BigDecimal combined) {

        public boolean invited() {
            return pitchShare != null;
        }
    }

    /** The written total as a percentage of its maximum. */
    static BigDecimal writtenShare(BigDecimal total, BigDecimal maxTotal) {
        return maxTotal.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(HUNDRED).divide(maxTotal, 2, RoundingMode.HALF_UP);
    }

    /** The mean z-score on a 0-100 scale: 50 + z × 50 / 3, kept within 0 and 100. */
    static BigDecimal normalisedShare(BigDecimal meanZ) {
        BigDecimal share = HUNDRED.divide(BigDecimal.TWO).add(meanZ.multiply(HUNDRED)
                .divide(Z_SPAN.multiply(BigDecimal.TWO), 2, RoundingMode.HALF_UP));
        return share.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The pitch score of one proposal as a percentage of its maximum.
     *
     * @param weights the pitch criteria's weights, in order
     * @param sheets  each jury member's scores of this pitch, in the criteria's order (at least one)
     */
    static BigDecimal pitchShare(List<BigDecimal> weights, List<List<BigDecimal>> sheets) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int c = 0; c < weights.size(); c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (List<BigDecimal> sheet : sheets) {
                sum = sum.add(sheet.get(c));
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(sheets.size()), 6, RoundingMode.HALF_UP);
            weighted = weighted.add(weights.get(c).multiply(mean));
            weightSum = weightSum.add(weights.get(c));
        }
        return weighted.multiply(HUNDRED).divide(MAX_SCORE.multiply(weightSum), 2, RoundingMode.HALF_UP);
    }

    /** Combined share of an invited proposal. */
    static BigDecimal combined(BigDecimal writtenShare, BigDecimal pitchShare, int pitchWeight) {
        return pitchShare.multiply(BigDecimal.valueOf(pitchWeight))
                .add(writtenShare.multiply(BigDecimal.valueOf(100L - pitchWeight)))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /**
     * The combined ranking.
     *
     * @param pitchShares proposal id -> pitch share, for the invited proposals that were scored
     */
    public static List<Row> combine(List<Written> written, Map<Long, BigDecimal> pitchShares, int pitchWeight) {
        List<Row> passing = new ArrayList<>();
        List<Row> failing = new ArrayList<>();
        for (Written w : written) {
            BigDecimal share = w.share();
            BigDecimal pitch = pitchShares.get(w.proposalId());
            BigDecimal combined = pitch == null ? share : combined(share, pitch, pitchWeight);
            (w.rank() > 0 ? passing : failing).add(new Row(0, w.proposalId(), w.title(), w.rank(), share, pitch, combined));
        }
        Comparator<Row> order = Comparator.comparing(Row::combined).reversed()
                .thenComparingInt(r -> r.writtenRank() == 0 ? Integer.MAX_VALUE : r.writtenRank())
                .thenComparingLong(Row::proposalId);
        passing.sort(order);
        failing.sort(order);
        List<Row> result = new ArrayList<>();
        for (int n = 0; n < passing.size(); n++) {
            Row r = passing.get(n);
            result.add(new Row(n + 1, r.proposalId(), r.title(), r.writtenRank(), r.writtenShare(), r.pitchShare(), r.combined()));
        }
        result.addAll(failing);
        return result;
    }
}
