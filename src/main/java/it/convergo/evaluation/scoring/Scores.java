package it.convergo.evaluation.scoring;

import it.convergo.base.UserFacingException;
import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The arithmetic of scoring: scales and steps, spread between evaluators, computed consensus. */
public final class Scores {

    private Scores() {
    }

    /** Refuses a score outside 0..max or off the step (e.g. 3.3 when half points are used). */
    public static void check(CriterionDef criterion, BigDecimal score) {
        if (score == null) {
            throw new UserFacingException("evaluation.error.scoreMissing", criterion.name());
        }
        if (score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0) {
            throw new UserFacingException("evaluation.error.scoreRange", criterion.name(), plain(criterion.maxScore()));
        }
        if (score.remainder(criterion.step()).signum() != 0) {
            throw new UserFacingException("evaluation.error.scoreStep", criterion.name(), plain(criterion.step()));
        }
    }

    /** The allowed values of a criterion, for a select: 0, step, 2×step, … max. */
    public static List<BigDecimal> scale(CriterionDef criterion) {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = BigDecimal.ZERO; v.compareTo(criterion.maxScore()) <= 0; v = v.add(criterion.step())) {
            values.add(v.stripTrailingZeros());
        }
        return values;
    }

    /** Highest minus lowest score per criterion; one row per criterion. */
    public static List<BigDecimal> spread(List<List<BigDecimal>> sheets, int criteria) {
        List<BigDecimal> spread = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            BigDecimal min = null;
            BigDecimal max = null;
            for (List<BigDecimal> sheet : sheets) {
                BigDecimal s = sheet.get(c);
                min = min == null || s.compareTo(min) < 0 ? s : min;
                max = max == null || s.compareTo(max) > 0 ? s : max;
            }
            spread.add(min == null ? BigDecimal.ZERO : max.subtract(min));
        }
        return spread;
    }

    /** Whether any criterion's spread is above the challenge's divergence threshold. */
    public static boolean divergent(List<List<BigDecimal>> sheets, int criteria, BigDecimal threshold) {
        return spread(sheets, criteria).stream().anyMatch(s -> s.compareTo(threshold) > 0);
    }

    /** The mean of the panel's scores, rounded half-up to the criterion's step. */
    public static BigDecimal mean(List<BigDecimal> scores, CriterionDef criterion) {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP);
        BigDecimal steps = mean.divide(criterion.step(), 0, RoundingMode.HALF_UP);
        return steps.multiply(criterion.step()).stripTrailingZeros();
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
