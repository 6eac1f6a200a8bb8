package it.convergo.assignment;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The min-cost-flow network of a problem, re-solvable after further exclusions.
 *
 * <p>Nodes: one per proposal (supply = reviewers still needed), one per evaluator, one sink. Arcs:
 * proposal -> evaluator per open pair (capacity 1, cost -affinity) and evaluator -> sink (capacity
 * max - min remaining load). A minimum load is a lower bound on the evaluator -> sink arc, modelled
 * the standard way as a demand of the evaluator node. Locked pairs are not arcs: they are already
 * subtracted from supplies and loads ({@link Remaining}).
 *
 * <p>Dense problems have far more pairs than an optimum needs, so the network starts with each
 * proposal's best pairs only and grows by pricing: after each solve, node potentials of the
 * residual network ({@link ResidualPotentials}) give every missing pair a reduced cost, and those
 * with a negative one are added. When none is left, the potentials prove the flow optimal for all
 * pairs (the min-cost-flow optimality conditions). While the pruned network is infeasible, the
 * arcs per proposal are doubled; if pricing does not settle, all pairs are added. Either way the
 * result is exact.
 *
 * <p>The caller must have run {@link FeasibilityCheck#preCheck} so that all capacities are
 * non-negative. Native memory is released by {@link #close()}.
 */
final class PanelFlow implements AutoCloseable {

    /** Initial arcs per proposal, as a multiple of the panel size. */
    static final int DEFAULT_ARC_FACTOR = 5;
    private static final int MAX_PRICING_ROUNDS = 20;

    private final AssignmentProblem problem;
    private final Remaining remaining;
    private final MinCostFlow flow;
    private final int[] pairArc;
    private final int[] sinkArc;
    private final BitSet excluded = new BitSet();
    private int[] arcPair;
    private int pairArcs;
    private int perProposal;
    private boolean complete;

    /** @param arcFactor initial arcs per proposal = arcFactor x K; 0 or less adds all pairs */
    PanelFlow(AssignmentProblem problem, Remaining remaining, int arcFactor) {
        OrTools.load();
        this.problem = problem;
        this.remaining = remaining;
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        int perProposal = arcFactor > 0 ? arcFactor * problem.panelSize() : Integer.MAX_VALUE;
        int expected = (int) Math.min(problem.pairCount(), (long) perProposal * proposals);
        flow = new MinCostFlow(proposals + evaluators + 1, expected + evaluators);
        pairArc = new int[problem.pairCount()];
        Arrays.fill(pairArc, -1);
        arcPair = new int[Math.max(16, expected)];
        sinkArc = new int[evaluators];
        int sink = proposals + evaluators;
        for (int e = 0; e < evaluators; e++) {
            flow.setNodeSupply(proposals + e, -remaining.minLoad[e]);
            sinkArc[e] = flow.addArcWithCapacityAndUnitCost(proposals + e, sink,
                    remaining.maxLoad[e] - remaining.minLoad[e], 0);
        }
        flow.setNodeSupply(sink, -(remaining.totalDemand - remaining.totalMinLoad));
        for (int p = 0; p < proposals; p++) {
            flow.setNodeSupply(p, remaining.demand[p]);
        }
        this.perProposal = perProposal;
        addBestArcs();
    }

    /** Gives every proposal arcs to its {@code perProposal} best usable pairs. */
    private void addBestArcs() {
        if (perProposal >= problem.evaluatorCount()) {
            addAllArcs();
            return;
        }
        boolean all = true;
        int[] best = new int[Math.min(perProposal, problem.evaluatorCount())];
        for (int p = 0; p < problem.proposalCount(); p++) {
            int kept = bestUsablePairs(p, best);
            Arrays.sort(best, 0, kept);
            for (int i = 0; i < kept; i++) {
                if (pairArc[best[i]] < 0) {
                    addArc(best[i]);
                }
            }
            all &= kept < best.length;
        }
        complete = all;
    }

    /**
     * Fills {@code best} with the proposal's highest-affinity open, not excluded pairs (ties: lower
     * evaluator) and returns how many; fewer than {@code best.length} means all of them.
     */
    private int bestUsablePairs(int p, int[] best) {
        int kept = 0;
        for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
            if (!problem.isOpen(pair) || excluded.get(pair)) {
                continue;
            }
            int affinity = problem.pairAffinity(pair);
            if (kept == best.length && affinity <= problem.pairAffinity(best[kept - 1])) {
                continue;
            }
            int at = kept < best.length ? kept++ : kept - 1;
            while (at > 0 && problem.pairAffinity(best[at - 1]) < affinity) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = pair;
        }
        return kept;
    }

    private void addArc(int pair) {
        int p = proposalOf(pair);
        pairArc[pair] = flow.addArcWithCapacityAndUnitCost(p, problem.proposalCount() + problem.pairEvaluator(pair),
                excluded.get(pair) ? 0 : 1, -problem.pairAffinity(pair));
        if (pairArcs == arcPair.length) {
            arcPair = Arrays.copyOf(arcPair, pairArcs + (pairArcs >> 1));
        }
        arcPair[pairArcs++] = pair;
    }

    private int proposalOf(int pair) {
        int lo = 0;
        int hi = problem.proposalCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (problem.firstPair(mid) <= pair) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void addAllArcs() {
        for (int pair = 0; pair < pairArc.length; pair++) {
            if (problem.isOpen(pair) && pairArc[pair] < 0) {
                addArc(pair);
            }
        }
        complete = true;
    }

    /** The pruned network has no feasible flow: double the arcs per proposal (all pairs eventually). */
    private void widen() {
        perProposal = (int) Math.min(Integer.MAX_VALUE, 2L * perProposal);
        addBestArcs();
    }

    /** Forbids an open pair in later solves; false if it already was. */
    boolean exclude(int pair) {
        if (excluded.get(pair)) {
            return false;
        }
        excluded.set(pair);
        if (pairArc[pair] >= 0) {
            flow.setArcCapacity(pairArc[pair], 0);
        }
        return true;
    }

    /** Undoes {@link #exclude}. */
    void include(int pair) {
        excluded.clear(pair);
        if (pairArc[pair] >= 0) {
            flow.setArcCapacity(pairArc[pair], 1);
        } else {
            complete = false; // the pair is usable again but has no arc: pricing must see it
        }
    }

    /**
     * Solves to the exact optimum (maximum total affinity under the current exclusions).
     *
     * @return per proposal its K chosen pairs (locked ones included), proposal-major and
     * evaluator-ascending inside a panel; null when no assignment satisfies all constraints
     */
    int[] solve() {
        for (int round = 0; ; round++) {
            MinCostFlowBase.Status status = flow.solve();
            if (status == MinCostFlowBase.Status.INFEASIBLE || status == MinCostFlowBase.Status.UNBALANCED) {
                if (complete) {
                    return null;
                }
                widen();
                continue;
            }
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min cost flow failed: " + status);
            }
            if (complete) {
                return panels();
            }
            int[] missing = round < MAX_PRICING_ROUNDS ? missingPairs() : null;
            if (missing == null) {
                addAllArcs();
            } else if (missing.length == 0) {
                return panels();
            } else {
                for (int pair : missing) {
                    addArc(pair);
                }
            }
        }
    }

    /**
     * Missing pairs with a negative reduced cost under the current flow's potentials; empty when
     * the flow is optimal for all pairs, null when the potentials could not be computed.
     */
    private int[] missingPairs() {
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        ResidualPotentials residual = new ResidualPotentials(proposals + evaluators + 1);
        for (int i = 0; i < pairArcs; i++) {
            int pair = arcPair[i];
            long used = flow.getFlow(pairArc[pair]);
            long capacity = excluded.get(pair) ? 0 : 1;
            residual.arc(proposalOf(pair), proposals + problem.pairEvaluator(pair), -problem.pairAffinity(pair),
                    capacity - used, used);
        }
        for (int e = 0; e < evaluators; e++) {
            long used = flow.getFlow(sinkArc[e]);
            residual.arc(proposals + e, proposals + evaluators, 0,
                    remaining.maxLoad[e] - remaining.minLoad[e] - used, used);
        }
        long[] potential = residual.compute();
        if (potential == null) {
            return null;
        }
        int[] missing = new int[16];
        int count = 0;
        for (int p = 0; p < proposals; p++) {
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (pairArc[pair] >= 0 || !problem.isOpen(pair) || excluded.get(pair)) {
                    continue;
                }
                long reducedCost = -problem.pairAffinity(pair) + potential[p]
                        - potential[proposals + problem.pairEvaluator(pair)];
                if (reducedCost < 0) {
                    if (count == missing.length) {
                        missing = Arrays.copyOf(missing, count * 2);
                    }
                    missing[count++] = pair;
                }
            }
        }
        return Arrays.copyOf(missing, count);
    }

    /** Reads the chosen pairs; walking pairs in storage order keeps each panel evaluator-ascending. */
    private int[] panels() {
        int k = problem.panelSize();
        int[] panels = new int[problem.proposalCount() * k];
        for (int p = 0; p < problem.proposalCount(); p++) {
            int slot = p * k;
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                boolean chosen = problem.isLocked(pair) || (pairArc[pair] >= 0 && flow.getFlow(pairArc[pair]) > 0);
                if (chosen) {
                    panels[slot++] = pair;
                }
            }
            if (slot != (p + 1) * k) {
                throw new IllegalStateException("flow gave proposal " + problem.proposalId(p) + " a wrong panel size");
            }
        }
        return panels;
    }

    @Override
    public void close() {
        flow.delete();
    }
}
