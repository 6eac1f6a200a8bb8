package it.convergo.evaluation.results;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import it.convergo.assignment.OrTools;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which proposals to select when the plain ranking is not the whole story: at most a number of winners, a
 * budget cap on the sum of the budgets they requested, at least so many start-ups, at most so many per
 * region. Solved exactly with OR-Tools' CP-SAT (maximum total score; among equal totals, the better ranked),
 * next to the plain top of the ranking, with what each constraint costs: the points gained by dropping it.
 */
public final class ConstrainedSelection {

    private ConstrainedSelection() {
    }

    /** A proposal above every threshold: its place and score in the deciding ranking, its budget and organisation. */
    public record Candidate(long proposalId, int rank, BigDecimal points, BigDecimal budget, boolean startup, String region) {
    }

    /** The firm's constraints; a null one is not applied. */
    public record Constraints(int winners, BigDecimal budgetCap, Integer minStartups, Integer maxPerRegion) {

        Set<Limit> active() {
            Set<Limit> active = EnumSet.noneOf(Limit.class);
            if (budgetCap != null) {
                active.add(Limit.BUDGET);
            }
            if (minStartups != null && minStartups > 0) {
                active.add(Limit.STARTUPS);
            }
            if (maxPerRegion != null) {
                active.add(Limit.REGION);
            }
            return active;
        }
    }

    public enum Limit {
        BUDGET, STARTUPS, REGION
    }

    /** A selection: whether one exists at all, the proposals in ranking order, their total score and budget. */
    public record Selection(boolean feasible, List<Long> proposalIds, BigDecimal points, BigDecimal budget) {
    }

    /** What one constraint costs: the selection without it and the points given up by keeping it. */
    public record Cost(Limit limit, Selection without, BigDecimal points) {
    }

    public record Outcome(Selection plain, Selection constrained, List<Cost> costs) {
    }

    public static Outcome solve(List<Candidate> candidates, Constraints constraints) {
        List<Candidate> ranked = candidates.stream().sorted(Comparator.comparingInt(Candidate::rank)).toList();
        Selection plain = selection(ranked.stream().limit(Math.max(0, constraints.winners())).toList());
        Set<Limit> active = constraints.active();
        Selection constrained = solve(ranked, constraints, active);
        List<Cost> costs = new ArrayList<>();
        if (constrained.feasible()) {
            for (Limit limit : active) {
                Set<Limit> others = EnumSet.copyOf(active);
                others.remove(limit);
                Selection without = solve(ranked, constraints, others);
                costs.add(new Cost(limit, without, without.points().subtract(constrained.points()).max(BigDecimal.ZERO)));
            }
        }
        return new Outcome(plain, constrained, costs);
    }

    private static Selection solve(List<Candidate> ranked, Constraints c, Set<Limit> limits) {
        OrTools.load();
        CpModel model = new CpModel();
        int n = ranked.size();
        BoolVar[] chosen = new BoolVar[n];
        long[] weight = new long[n];
        // scores to hundredths; the rank term (below one hundredth in total) prefers the better ranked among equal totals
        long tieBreakRange = (long) n * n + 1;
        BigDecimal lowest = ranked.stream().map(Candidate::points).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO)
                .min(BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            chosen[i] = model.newBoolVar("x" + i);
            long hundredths = ranked.get(i).points().subtract(lowest).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            weight[i] = hundredths * tieBreakRange + (n - i);
        }
        model.addLessOrEqual(LinearExpr.sum(chosen), Math.max(0, c.winners()));
        if (limits.contains(Limit.BUDGET)) {
            long[] euros = ranked.stream().mapToLong(r -> euros(r.budget())).toArray();
            model.addLessOrEqual(LinearExpr.weightedSum(chosen, euros), c.budgetCap().setScale(0, RoundingMode.FLOOR).longValueExact());
        }
        if (limits.contains(Limit.STARTUPS)) {
            BoolVar[] startups = java.util.stream.IntStream.range(0, n).filter(i -> ranked.get(i).startup())
                    .mapToObj(i -> chosen[i]).toArray(BoolVar[]::new);
            model.addGreaterOrEqual(LinearExpr.sum(startups), c.minStartups());
        }
        if (limits.contains(Limit.REGION)) {
            Map<String, List<Integer>> byRegion = java.util.stream.IntStream.range(0, n).boxed()
                    .filter(i -> ranked.get(i).region() != null)
                    .collect(Collectors.groupingBy(i -> ranked.get(i).region()));
            byRegion.values().forEach(members -> model.addLessOrEqual(
                    LinearExpr.sum(members.stream().map(i -> chosen[i]).toArray(BoolVar[]::new)), c.maxPerRegion()));
        }
        model.maximize(LinearExpr.weightedSum(chosen, weight));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(20).setNumWorkers(2);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            // infeasible (e.g. more start-ups demanded than there are); a timeout on a few hundred proposals does not happen
            return new Selection(false, List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
        }
        List<Candidate> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (solver.booleanValue(chosen[i])) {
                picked.add(ranked.get(i));
            }
        }
        return selection(picked);
    }

    private static Selection selection(List<Candidate> picked) {
        return new Selection(true, picked.stream().map(Candidate::proposalId).toList(),
                picked.stream().map(Candidate::points).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros(),
                picked.stream().map(Candidate::budget).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .stripTrailingZeros());
    }

    /** A requested budget in whole euros, rounded up (a cap is never exceeded by rounding); none counts as 0. */
    static long euros(BigDecimal budget) {
        return budget == null ? 0 : budget.setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
