package it.convergo.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable outcome of {@link AssignmentSolver#solve}: either a complete assignment that satisfies
 * every hard constraint, or the reasons why none exists. An infeasible result never carries a
 * partial assignment.
 */
public final class AssignmentResult {

    public enum Status {
        /** Complete assignment with the maximum possible total affinity. */
        OPTIMAL,
        /** Complete assignment from fair mode; see {@link #isTotalOptimal()}. */
        FAIR,
        /** No complete assignment exists; see {@link #infeasibilities()}. */
        INFEASIBLE
    }

    private final AssignmentProblem problem;
    private final Status status;
    private final int[] panelPairs;
    private final List<Infeasibility> infeasibilities;
    private final AssignmentStats stats;
    private final long optimalTotal;
    private final long minPanelUpperBound;

    private AssignmentResult(AssignmentProblem problem, Status status, int[] panelPairs,
                             List<Infeasibility> infeasibilities, AssignmentStats stats, long optimalTotal,
                             long minPanelUpperBound) {
        this.problem = problem;
        this.status = status;
        this.panelPairs = panelPairs;
        this.infeasibilities = infeasibilities;
        this.stats = stats;
        this.optimalTotal = optimalTotal;
        this.minPanelUpperBound = minPanelUpperBound;
    }

    static AssignmentResult infeasible(AssignmentProblem problem, List<Infeasibility> reasons) {
        return new AssignmentResult(problem, Status.INFEASIBLE, new int[0], List.copyOf(reasons), null, 0, 0);
    }

    /**
     * Wraps solver output after re-verifying it.
     *
     * @param panelPairs         K pair indices per proposal, proposal-major
     * @param optimalTotal       the proven maximum total affinity of the problem
     * @param minPanelUpperBound no assignment has a worst panel above this
     * @throws IllegalStateException if the independent check finds any violated constraint
     */
    static AssignmentResult solved(AssignmentProblem problem, Status status, int[] panelPairs, long optimalTotal,
                                   long minPanelUpperBound) {
        int[] evaluators = new int[panelPairs.length];
        for (int slot = 0; slot < panelPairs.length; slot++) {
            evaluators[slot] = problem.pairEvaluator(panelPairs[slot]);
        }
        AssignmentVerifier.Violations violations = AssignmentVerifier.verify(problem, evaluators);
        if (!violations.none()) {
            throw new IllegalStateException("solver produced an invalid assignment: " + violations);
        }
        AssignmentStats stats = stats(problem, panelPairs, evaluators, violations.conflicts());
        return new AssignmentResult(problem, status, panelPairs, List.of(), stats, optimalTotal, minPanelUpperBound);
    }

    private static AssignmentStats stats(AssignmentProblem problem, int[] panelPairs, int[] evaluators, int conflicts) {
        long[] sums = panelSums(problem, panelPairs);
        long total = 0;
        for (long sum : sums) {
            total += sum;
        }
        long[] sorted = sums.clone();
        Arrays.sort(sorted);
        long min = sorted.length == 0 ? 0 : sorted[0];
        long p10 = sorted.length == 0 ? 0 : sorted[Math.max(0, (sorted.length + 9) / 10 - 1)];
        int[] load = new int[problem.evaluatorCount()];
        for (int e : evaluators) {
            load[e]++;
        }
        int maxLoad = Arrays.stream(load).max().orElse(0);
        int minLoad = Arrays.stream(load).min().orElse(0);
        return new AssignmentStats(total, min, p10, maxLoad, minLoad, conflicts);
    }

    static long[] panelSums(AssignmentProblem problem, int[] panelPairs) {
        int k = problem.panelSize();
        long[] sums = new long[problem.proposalCount()];
        for (int slot = 0; slot < panelPairs.length; slot++) {
            sums[slot / k] += problem.pairAffinity(panelPairs[slot]);
        }
        return sums;
    }

    public Status status() {
        return status;
    }

    public boolean isFeasible() {
        return status != Status.INFEASIBLE;
    }

    /** Why no assignment exists; empty when feasible. */
    public List<Infeasibility> infeasibilities() {
        return infeasibilities;
    }

    public AssignmentProblem problem() {
        return problem;
    }

    /** @throws IllegalStateException when infeasible */
    public AssignmentStats stats() {
        requireFeasible();
        return stats;
    }

    /**
     * The maximum total affinity over all feasible assignments (exact; in fair mode this is the
     * optimum of the plain problem, an upper bound on the fair total).
     *
     * @throws IllegalStateException when infeasible
     */
    public long optimalTotal() {
        requireFeasible();
        return optimalTotal;
    }

    /**
     * An upper bound on the worst panel's affinity over all assignments: the lower of the optimal
     * total divided by the number of proposals and the weakest proposal's best conceivable panel
     * (loads ignored). Shows how far fair mode may be from the true max-min.
     *
     * @throws IllegalStateException when infeasible
     */
    public long minPanelUpperBound() {
        requireFeasible();
        return minPanelUpperBound;
    }

    /** True when the worst panel provably cannot be improved: it reaches {@link #minPanelUpperBound()}. */
    public boolean isMinPanelOptimal() {
        return isFeasible() && stats.minPanelAffinity() == minPanelUpperBound;
    }

    /** True only when this assignment's total equals the proven optimum. */
    public boolean isTotalOptimal() {
        return isFeasible() && stats.totalAffinity() == optimalTotal;
    }

    /** Panels in proposal order; empty when infeasible. */
    public List<Panel> panels() {
        if (!isFeasible()) {
            return List.of();
        }
        List<Panel> panels = new ArrayList<>(problem.proposalCount());
        for (int p = 0; p < problem.proposalCount(); p++) {
            panels.add(panel(p));
        }
        return Collections.unmodifiableList(panels);
    }

    /** @throws IllegalArgumentException for an unknown proposal, IllegalStateException when infeasible */
    public Panel panel(String proposalId) {
        requireFeasible();
        int p = problem.proposalIndex(proposalId);
        if (p < 0) {
            throw new IllegalArgumentException("unknown proposal " + proposalId);
        }
        return panel(p);
    }

    private Panel panel(int p) {
        int k = problem.panelSize();
        List<Reviewer> reviewers = new ArrayList<>(k);
        long sum = 0;
        for (int slot = p * k; slot < (p + 1) * k; slot++) {
            int pair = panelPairs[slot];
            reviewers.add(new Reviewer(problem.evaluatorId(problem.pairEvaluator(pair)), problem.pairAffinity(pair),
                    problem.isLocked(pair)));
            sum += problem.pairAffinity(pair);
        }
        // stable sort: equal affinities keep evaluator order
        reviewers.sort(Comparator.comparingInt(Reviewer::affinity).reversed());
        return new Panel(problem.proposalId(p), reviewers, sum);
    }

    /** Reviews per evaluator, in evaluator order, unused evaluators included; empty when infeasible. */
    public Map<String, Integer> loads() {
        Map<String, Integer> loads = new LinkedHashMap<>();
        if (isFeasible()) {
            int[] load = new int[problem.evaluatorCount()];
            for (int pair : panelPairs) {
                load[problem.pairEvaluator(pair)]++;
            }
            for (int e = 0; e < load.length; e++) {
                loads.put(problem.evaluatorId(e), load[e]);
            }
        }
        return Collections.unmodifiableMap(loads);
    }

    private void requireFeasible() {
        if (!isFeasible()) {
            throw new IllegalStateException("no assignment: " + infeasibilities);
        }
    }
}
