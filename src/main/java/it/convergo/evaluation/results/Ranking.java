package it.convergo.evaluation.results;

import it.convergo.challenge.CriterionDef;
import it.convergo.challenge.EvaluationSetup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks proposals by their final (consensus) scores: weighted totals, thresholds per criterion and overall,
 * ties broken by the challenge's tie-break order of criteria, then by earlier submission.
 */
public final class Ranking {

    private Ranking() {
    }

    /** One proposal's final scores, in the order of the challenge's criteria. */
    public record Input(long proposalId, String title, List<BigDecimal> scores, java.time.Instant submittedAt) {
    }

    /**
     * A ranked proposal. {@code rank} counts only proposals above every threshold; those below are listed
     * after them with rank 0.
     */
    public record Entry(int rank, long proposalId, String title, List<BigDecimal> scores, BigDecimal total,
                        List<Boolean> criterionPassed, boolean passed, boolean tieBroken) {
    }

    public static List<Entry> rank(EvaluationSetup setup, List<Input> inputs) {
        List<CriterionDef> criteria = setup.criteria();
        Comparator<Input> byTotal = Comparator.comparing((Input i) -> total(criteria, i.scores())).reversed();
        Comparator<Input> byTieBreak = tieBreak(criteria);
        Comparator<Input> order = byTotal.thenComparing(byTieBreak)
                .thenComparing(Input::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Input::proposalId);
        List<Input> passing = new ArrayList<>();
        List<Input> failing = new ArrayList<>();
        for (Input i : inputs) {
            (passes(setup, i.scores()) ? passing : failing).add(i);
        }
        passing.sort(order);
        failing.sort(order);
        List<Entry> result = new ArrayList<>();
        for (int n = 0; n < passing.size(); n++) {
            Input i = passing.get(n);
            boolean tie = sameTotal(criteria, passing, n, n - 1) || sameTotal(criteria, passing, n, n + 1);
            result.add(entry(setup, i, n + 1, tie));
        }
        failing.forEach(i -> result.add(entry(setup, i, 0, false)));
        return result;
    }

    public static BigDecimal total(List<CriterionDef> criteria, List<BigDecimal> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (int c = 0; c < criteria.size(); c++) {
            total = total.add(criteria.get(c).weight().multiply(scores.get(c)));
        }
        return total.stripTrailingZeros();
    }

    static boolean passes(EvaluationSetup setup, List<BigDecimal> scores) {
        for (int c = 0; c < setup.criteria().size(); c++) {
            if (scores.get(c).compareTo(setup.criteria().get(c).threshold()) < 0) {
                return false;
            }
        }
        return total(setup.criteria(), scores).compareTo(setup.overallThreshold()) >= 0;
    }

    /**
     * How lenient each evaluator is: their mean score minus the mean of their panels on the same proposals
     * and criteria (positive = more generous than their colleagues).
     *
     * @param sheets evaluator id -> (proposal id -> scores)
     */
    public static Map<Long, BigDecimal> leniency(Map<Long, Map<Long, List<BigDecimal>>> sheets) {
        Map<Long, List<List<BigDecimal>>> byProposal = new HashMap<>();
        sheets.values().forEach(m -> m.forEach((p, s) -> byProposal.computeIfAbsent(p, k -> new ArrayList<>()).add(s)));
        Map<Long, BigDecimal> leniency = new HashMap<>();
        sheets.forEach((evaluator, proposals) -> {
            BigDecimal own = BigDecimal.ZERO;
            BigDecimal panel = BigDecimal.ZERO;
            int n = 0;
            for (var e : proposals.entrySet()) {
                List<List<BigDecimal>> all = byProposal.get(e.getKey());
                for (int c = 0; c < e.getValue().size(); c++) {
                    own = own.add(e.getValue().get(c));
                    final int criterion = c;
                    panel = panel.add(all.stream().map(s -> s.get(criterion)).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(all.size()), 6, RoundingMode.HALF_UP));
                    n++;
                }
            }
            leniency.put(evaluator, n == 0 ? BigDecimal.ZERO
                    : own.subtract(panel).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        });
        return leniency;
    }

    private static Comparator<Input> tieBreak(List<CriterionDef> criteria) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt(c -> criteria.get(c).tieBreak()));
        Comparator<Input> cmp = (a, b) -> 0;
        for (int c : order) {
            cmp = cmp.thenComparing((Input i) -> i.scores().get(c), Comparator.reverseOrder());
        }
        return cmp;
    }

    private static boolean sameTotal(List<CriterionDef> criteria, List<Input> list, int a, int b) {
        return b >= 0 && b < list.size()
                && total(criteria, list.get(a).scores()).compareTo(total(criteria, list.get(b).scores())) == 0;
    }

    private static Entry entry(EvaluationSetup setup, Input i, int rank, boolean tie) {
        List<Boolean> passed = new ArrayList<>();
        for (int c = 0; c < setup.criteria().size(); c++) {
            passed.add(i.scores().get(c).compareTo(setup.criteria().get(c).threshold()) >= 0);
        }
        return new Entry(rank, i.proposalId(), i.title(), i.scores(), total(setup.criteria(), i.scores()), passed,
                passes(setup, i.scores()), tie);
    }
}
