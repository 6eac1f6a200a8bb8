package it.convergo.evaluation.results;

import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration of evaluators: each evaluator's weighted totals over the proposals they scored in the challenge
 * give their mean and standard deviation; a proposal's z-score from one evaluator is how many of that
 * evaluator's standard deviations it lies above their own mean. A proposal's normalised score is the mean
 * z-score of its panel, so a strict and a generous evaluator count alike. An evaluator with fewer than two
 * evaluations, or who gave every proposal the same total, tells nothing about their scale: z = 0.
 */
public final class Calibration {

    /** One evaluator's scale: how many evaluations, mean and standard deviation of their weighted totals. */
    public record Scale(long evaluatorId, int evaluations, BigDecimal mean, BigDecimal deviation) {
    }

    private Calibration() {
    }

    /** Evaluator -> scale, from evaluator -> proposal -> criterion scores of their submitted sheets. */
    public static Map<Long, Scale> scales(Map<Long, Map<Long, List<BigDecimal>>> sheets, List<CriterionDef> criteria) {
        Map<Long, Scale> result = new HashMap<>();
        sheets.forEach((evaluator, byProposal) -> {
            double[] totals = byProposal.values().stream().mapToDouble(s -> Ranking.total(criteria, s).doubleValue()).toArray();
            double mean = totals.length == 0 ? 0 : java.util.Arrays.stream(totals).average().orElse(0);
            double variance = totals.length == 0 ? 0
                    : java.util.Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / totals.length;
            result.put(evaluator, new Scale(evaluator, totals.length, round(mean), round(Math.sqrt(variance))));
        });
        return result;
    }

    /** Proposal -> mean z-score of the evaluators who scored it (two decimals). */
    public static Map<Long, BigDecimal> normalised(Map<Long, Map<Long, List<BigDecimal>>> sheets, List<CriterionDef> criteria) {
        Map<Long, Scale> scales = scales(sheets, criteria);
        Map<Long, List<Double>> zs = new HashMap<>();
        sheets.forEach((evaluator, byProposal) -> {
            Scale scale = scales.get(evaluator);
            byProposal.forEach((proposal, scores) -> {
                double deviation = scale.deviation().doubleValue();
                double z = scale.evaluations() < 2 || deviation == 0 ? 0
                        : (Ranking.total(criteria, scores).doubleValue() - scale.mean().doubleValue()) / deviation;
                zs.computeIfAbsent(proposal, k -> new ArrayList<>()).add(z);
            });
        });
        Map<Long, BigDecimal> result = new HashMap<>();
        zs.forEach((p, list) -> result.put(p, round(list.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
        return result;
    }

    /**
     * The raw ranking re-ordered by normalised score: passing proposals first, highest mean z first (equal ones
     * keep their raw order), then those below a threshold as in the raw ranking. Ranks are renumbered.
     */
    public static List<Ranking.Entry> reorder(List<Ranking.Entry> raw, Map<Long, BigDecimal> normalised) {
        List<Ranking.Entry> passing = new ArrayList<>(raw.stream().filter(Ranking.Entry::passed).toList());
        passing.sort(Comparator.comparing((Ranking.Entry e) -> normalised.getOrDefault(e.proposalId(), BigDecimal.ZERO)).reversed());
        List<Ranking.Entry> result = new ArrayList<>();
        for (int i = 0; i < passing.size(); i++) {
            Ranking.Entry e = passing.get(i);
            result.add(new Ranking.Entry(i + 1, e.proposalId(), e.title(), e.scores(), e.total(), e.criterionPassed(), true, false));
        }
        raw.stream().filter(e -> !e.passed()).forEach(result::add);
        return result;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
