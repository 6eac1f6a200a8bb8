package it.convergo.assignment;

import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains infeasible problems: a cheap pre-check before any flow is built, and a flow-based
 * diagnosis when the pre-check passes but the min-cost flow still finds no solution.
 */
final class FeasibilityCheck {

    private static final int NAMES_SHOWN = 20;

    private FeasibilityCheck() {
    }

    /** Counting checks: contradictory locks, too few eligible evaluators, loads that cannot add up. */
    static List<Infeasibility> preCheck(AssignmentProblem problem, Remaining remaining) {
        List<Infeasibility> issues = new ArrayList<>();
        int k = problem.panelSize();
        int[] eligibleProposals = new int[problem.evaluatorCount()];
        for (int p = 0; p < problem.proposalCount(); p++) {
            String proposal = problem.proposalId(p);
            int eligible = 0;
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                int e = problem.pairEvaluator(pair);
                boolean usable = !problem.isConflict(pair) && !problem.isExcluded(pair);
                if (usable) {
                    eligible++;
                    eligibleProposals[e]++;
                } else if (problem.isLocked(pair)) {
                    String why = problem.isConflict(pair) ? "is a conflict" : "is also excluded";
                    issues.add(new Infeasibility(List.of(proposal), List.of(problem.evaluatorId(e)),
                            proposal + "," + problem.evaluatorId(e) + ": locked pair " + why));
                }
            }
            if (remaining.demand[p] < 0) {
                issues.add(new Infeasibility(List.of(proposal), List.of(),
                        proposal + ": " + (k - remaining.demand[p]) + " locked evaluators, panel size " + k));
            } else if (eligible < k) {
                issues.add(new Infeasibility(List.of(proposal), List.of(),
                        proposal + ": " + eligible + " eligible evaluators, " + k + " needed"));
            }
        }
        long capacity = 0;
        for (int e = 0; e < problem.evaluatorCount(); e++) {
            String evaluator = problem.evaluatorId(e);
            int max = problem.maxLoad(e);
            int min = problem.minLoad(e);
            int locked = max - remaining.maxLoad[e];
            if (min > max) {
                issues.add(new Infeasibility(List.of(), List.of(evaluator),
                        evaluator + ": minimum load " + min + " exceeds maximum load " + max));
            } else if (locked > max) {
                issues.add(new Infeasibility(List.of(), List.of(evaluator),
                        evaluator + ": " + locked + " locked reviews, maximum load " + max));
            } else if (eligibleProposals[e] < min) {
                issues.add(new Infeasibility(List.of(), List.of(evaluator),
                        evaluator + ": minimum load " + min + " but eligible for only " + eligibleProposals[e]
                                + " proposal(s)"));
            }
            capacity += Math.max(0, remaining.maxLoad[e]);
        }
        if (capacity < remaining.totalDemand) {
            issues.add(new Infeasibility(List.of(), List.of(), "all proposals: evaluators can take "
                    + capacity + " more reviews, " + remaining.totalDemand + " needed; raise the maximum load"));
        }
        if (remaining.totalMinLoad > remaining.totalDemand) {
            issues.add(new Infeasibility(List.of(), List.of(), "minimum loads add up to "
                    + remaining.totalMinLoad + " reviews, only " + remaining.totalDemand + " are to be assigned"));
        }
        return issues;
    }

    /** Called when the pre-check passed but the flow is infeasible: either coverage or minimum loads fail. */
    static List<Infeasibility> diagnose(AssignmentProblem problem, Remaining remaining) {
        OrTools.load();
        Infeasibility coverage = coverageShortfall(problem, remaining);
        if (coverage != null) {
            return List.of(coverage);
        }
        Infeasibility minimum = minimumLoadShortfall(problem, remaining);
        return List.of(minimum != null ? minimum : new Infeasibility(List.of(), List.of(),
                "no assignment satisfies all constraints"));
    }

    /**
     * Maximum flow without minimum loads. If it cannot cover every proposal, the proposals and
     * evaluators reachable from the source in the residual network form the bottleneck (a violated
     * Hall condition): those proposals can only use those evaluators, all at full load.
     */
    private static Infeasibility coverageShortfall(AssignmentProblem problem, Remaining remaining) {
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        int source = proposals + evaluators;
        int sink = source + 1;
        MaxFlow flow = new MaxFlow();
        try {
            int[] sourceArc = new int[proposals];
            int[] pairArc = new int[problem.pairCount()];
            for (int p = 0; p < proposals; p++) {
                sourceArc[p] = flow.addArcWithCapacity(source, p, remaining.demand[p]);
                for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                    pairArc[pair] = problem.isOpen(pair)
                            ? flow.addArcWithCapacity(p, proposals + problem.pairEvaluator(pair), 1) : -1;
                }
            }
            for (int e = 0; e < evaluators; e++) {
                flow.addArcWithCapacity(proposals + e, sink, remaining.maxLoad[e]);
            }
            if (flow.solve(source, sink) != MaxFlow.Status.OPTIMAL) {
                throw new IllegalStateException("max flow failed");
            }
            if (flow.getOptimalFlow() == remaining.totalDemand) {
                return null;
            }
            return bottleneck(problem, remaining, flow, sourceArc, pairArc);
        } finally {
            flow.delete();
        }
    }

    private static Infeasibility bottleneck(AssignmentProblem problem, Remaining remaining, MaxFlow flow,
                                            int[] sourceArc, int[] pairArc) {
        int proposals = problem.proposalCount();
        int[][] usedBy = usedPairsByEvaluator(problem, flow, pairArc);
        boolean[] proposalSeen = new boolean[proposals];
        boolean[] evaluatorSeen = new boolean[problem.evaluatorCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int p = 0; p < proposals; p++) {
            if (flow.getFlow(sourceArc[p]) < remaining.demand[p]) {
                proposalSeen[p] = true;
                queue.add(p);
            }
        }
        while (!queue.isEmpty()) {
            int p = queue.poll();
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                int e = problem.pairEvaluator(pair);
                if (pairArc[pair] >= 0 && flow.getFlow(pairArc[pair]) == 0 && !evaluatorSeen[e]) {
                    evaluatorSeen[e] = true;
                    for (int other : usedBy[e]) {
                        if (!proposalSeen[other]) {
                            proposalSeen[other] = true;
                            queue.add(other);
                        }
                    }
                }
            }
        }
        List<String> groupProposals = new ArrayList<>();
        long needed = 0;
        long placed = 0;
        for (int p = 0; p < proposals; p++) {
            if (proposalSeen[p]) {
                groupProposals.add(problem.proposalId(p));
                needed += remaining.demand[p];
                placed += flow.getFlow(sourceArc[p]);
            }
        }
        List<String> groupEvaluators = new ArrayList<>();
        for (int e = 0; e < evaluatorSeen.length; e++) {
            if (evaluatorSeen[e]) {
                groupEvaluators.add(problem.evaluatorId(e));
            }
        }
        String message = names(groupProposals) + ": need " + needed + " more reviews, at most " + placed
                + " can be placed; " + (groupEvaluators.isEmpty() ? "no further eligible evaluators"
                : "their eligible evaluators " + names(groupEvaluators) + " are at maximum load");
        return new Infeasibility(groupProposals, groupEvaluators, message);
    }

    /** For each evaluator, the proposals that use it in the current flow. */
    private static int[][] usedPairsByEvaluator(AssignmentProblem problem, MaxFlow flow, int[] pairArc) {
        int[] count = new int[problem.evaluatorCount()];
        for (int pair = 0; pair < pairArc.length; pair++) {
            if (pairArc[pair] >= 0 && flow.getFlow(pairArc[pair]) > 0) {
                count[problem.pairEvaluator(pair)]++;
            }
        }
        int[][] usedBy = new int[count.length][];
        for (int e = 0; e < count.length; e++) {
            usedBy[e] = new int[count[e]];
            count[e] = 0;
        }
        for (int p = 0; p < problem.proposalCount(); p++) {
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (pairArc[pair] >= 0 && flow.getFlow(pairArc[pair]) > 0) {
                    int e = problem.pairEvaluator(pair);
                    usedBy[e][count[e]++] = p;
                }
            }
        }
        return usedBy;
    }

    /**
     * Full coverage is possible, so the minimum loads conflict with it. A maximum flow whose cost
     * rewards each review up to an evaluator's minimum shows the best reachable loads; whoever
     * stays below the minimum there cannot reach it together with everyone else.
     */
    private static Infeasibility minimumLoadShortfall(AssignmentProblem problem, Remaining remaining) {
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        int source = proposals + evaluators;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow();
        try {
            for (int p = 0; p < proposals; p++) {
                flow.addArcWithCapacityAndUnitCost(source, p, remaining.demand[p], 0);
                for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                    if (problem.isOpen(pair)) {
                        flow.addArcWithCapacityAndUnitCost(p, proposals + problem.pairEvaluator(pair), 1, 0);
                    }
                }
            }
            int[] minimumArc = new int[evaluators];
            for (int e = 0; e < evaluators; e++) {
                minimumArc[e] = flow.addArcWithCapacityAndUnitCost(proposals + e, sink, remaining.minLoad[e], -1);
                flow.addArcWithCapacityAndUnitCost(proposals + e, sink, remaining.maxLoad[e] - remaining.minLoad[e], 0);
            }
            flow.setNodeSupply(source, remaining.totalDemand);
            flow.setNodeSupply(sink, -remaining.totalDemand);
            if (flow.solveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min cost max flow failed");
            }
            List<String> shortEvaluators = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (int e = 0; e < evaluators; e++) {
                long reached = flow.getFlow(minimumArc[e]);
                if (reached < remaining.minLoad[e]) {
                    int locked = problem.maxLoad(e) - remaining.maxLoad[e];
                    shortEvaluators.add(problem.evaluatorId(e));
                    details.add(problem.evaluatorId(e) + " " + (reached + locked) + " of " + problem.minLoad(e));
                }
            }
            if (shortEvaluators.isEmpty()) {
                return null;
            }
            return new Infeasibility(List.of(), shortEvaluators,
                    "minimum loads cannot all be met; at best: " + names(details));
        } finally {
            flow.delete();
        }
    }

    private static String names(List<String> ids) {
        if (ids.size() <= NAMES_SHOWN) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, NAMES_SHOWN)) + " and " + (ids.size() - NAMES_SHOWN) + " more";
    }
}
