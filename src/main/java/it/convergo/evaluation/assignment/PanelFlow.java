package it.convergo.evaluation.assignment;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.BitSet;

/**
 * The min-cost-flow network of a problem, built once and re-solvable after further exclusions.
 *
 * <p>Nodes: one per proposal (supply = reviewers still needed), one per evaluator, one sink. Arcs:
 * proposal -> evaluator for every open pair (capacity 1, cost -affinity) and evaluator -> sink
 * (capacity max - min remaining load). A minimum load is a lower bound on the evaluator -> sink
 * arc, modelled the standard way as a demand of the evaluator node. Locked pairs are not arcs:
 * they are already subtracted from supplies and capacities ({@link Remaining}).
 *
 * <p>The caller must have run {@link FeasibilityCheck#preCheck} so that all capacities are
 * non-negative. Native memory is released by {@link #close()}.
 */
final class PanelFlow implements AutoCloseable {

    private final AssignmentProblem problem;
    private final MinCostFlow flow;
    private final int[] pairArc;
    private final BitSet excluded = new BitSet();

    PanelFlow(AssignmentProblem problem, Remaining remaining) {
        OrTools.load();
        this.problem = problem;
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        int sink = proposals + evaluators;
        int openPairs = 0;
        for (int pair = 0; pair < problem.pairCount(); pair++) {
            if (problem.isOpen(pair)) {
                openPairs++;
            }
        }
        flow = new MinCostFlow(sink + 1, openPairs + evaluators);
        pairArc = new int[problem.pairCount()];
        for (int p = 0; p < proposals; p++) {
            flow.setNodeSupply(p, remaining.demand[p]);
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (problem.isOpen(pair)) {
                    pairArc[pair] = flow.addArcWithCapacityAndUnitCost(p, proposals + problem.pairEvaluator(pair), 1,
                            -problem.pairAffinity(pair));
                } else {
                    pairArc[pair] = -1;
                }
            }
        }
        for (int e = 0; e < evaluators; e++) {
            flow.setNodeSupply(proposals + e, -remaining.minLoad[e]);
            flow.addArcWithCapacityAndUnitCost(proposals + e, sink, remaining.maxLoad[e] - remaining.minLoad[e], 0);
        }
        flow.setNodeSupply(sink, -(remaining.totalDemand - remaining.totalMinLoad));
    }

    /** Forbids an open pair in later solves; false if it already was. */
    boolean exclude(int pair) {
        if (excluded.get(pair)) {
            return false;
        }
        excluded.set(pair);
        flow.setArcCapacity(pairArc[pair], 0);
        return true;
    }

    /** Undoes {@link #exclude}. */
    void include(int pair) {
        excluded.clear(pair);
        flow.setArcCapacity(pairArc[pair], 1);
    }

    /**
     * Solves to the exact optimum (maximum total affinity under the current exclusions).
     *
     * @return per proposal its K chosen pairs (locked ones included), proposal-major and
     * evaluator-ascending inside a panel; null when no assignment satisfies all constraints
     */
    int[] solve() {
        MinCostFlowBase.Status status = flow.solve();
        if (status == MinCostFlowBase.Status.INFEASIBLE || status == MinCostFlowBase.Status.UNBALANCED) {
            return null;
        }
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min cost flow failed: " + status);
        }
        return panels();
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
