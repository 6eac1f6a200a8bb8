package it.convergo.evaluation.assignment;

/**
 * Fair mode: raise the worst panel first, then keep the total as high as possible.
 *
 * <p>Maximising the minimum panel affinity is NP-hard in general, so this is a heuristic on top of
 * the exact flow. Starting from the maximum-total assignment, each round takes every panel with
 * the lowest affinity sum and raises that proposal's floor: all its open pairs with affinity at or
 * below its weakest non-locked member are excluded, then the flow is re-solved exactly (maximum
 * total under the exclusions accumulated so far). It stops when the flow becomes infeasible, when a
 * worst panel consists of locked pairs only, when the minimum has not improved for
 * {@value #STALL_ROUNDS} rounds, or after the round limit. The best assignment seen, ordered by
 * (minimum panel sum, total), is returned.
 *
 * <p>Guarantees: every hard constraint holds; the minimum panel sum is never below that of the
 * maximum-total assignment; among assignments respecting the exclusions of the winning round the
 * total is maximal, but it is not in general the best total for that minimum, and the minimum is
 * not in general the best possible. Deterministic: same problem, same rounds, same result.
 */
final class FairSearch {

    static final int STALL_ROUNDS = 8;

    private FairSearch() {
    }

    /**
     * @param flow  the problem's network, already solved once to {@code start}; gains exclusions
     * @param start the maximum-total assignment
     */
    static int[] improve(AssignmentProblem problem, PanelFlow flow, int[] start, int maxRounds) {
        int[] best = start;
        long bestMin = min(AssignmentResult.panelSums(problem, start));
        long bestTotal = total(problem, start);
        int[] current = start;
        int stalled = 0;
        for (int round = 0; round < maxRounds && stalled < STALL_ROUNDS; round++) {
            if (!raiseWorstFloors(problem, flow, current)) {
                break;
            }
            current = flow.solve();
            if (current == null) {
                break;
            }
            long min = min(AssignmentResult.panelSums(problem, current));
            long total = total(problem, current);
            if (min > bestMin || (min == bestMin && total > bestTotal)) {
                stalled = min > bestMin ? 0 : stalled + 1;
                best = current;
                bestMin = min;
                bestTotal = total;
            } else {
                stalled++;
            }
        }
        return best;
    }

    /** Excludes the weak pairs of every worst panel; false when a worst panel cannot change. */
    private static boolean raiseWorstFloors(AssignmentProblem problem, PanelFlow flow, int[] panels) {
        int k = problem.panelSize();
        long[] sums = AssignmentResult.panelSums(problem, panels);
        long worst = min(sums);
        for (int p = 0; p < sums.length; p++) {
            if (sums[p] != worst) {
                continue;
            }
            int floor = Integer.MAX_VALUE;
            for (int slot = p * k; slot < (p + 1) * k; slot++) {
                if (!problem.isLocked(panels[slot])) {
                    floor = Math.min(floor, problem.pairAffinity(panels[slot]));
                }
            }
            if (floor == Integer.MAX_VALUE) {
                return false;
            }
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (problem.isOpen(pair) && problem.pairAffinity(pair) <= floor) {
                    flow.exclude(pair);
                }
            }
        }
        return true;
    }

    /**
     * An upper bound on the minimum panel sum of any assignment: each proposal's best conceivable
     * panel (locked members plus its top open pairs), ignoring evaluator loads.
     */
    static long minPanelUpperBound(AssignmentProblem problem) {
        int k = problem.panelSize();
        long bound = Long.MAX_VALUE;
        int[] top = new int[k];
        for (int p = 0; p < problem.proposalCount(); p++) {
            long locked = 0;
            int lockedCount = 0;
            int kept = 0;
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (problem.isLocked(pair)) {
                    locked += problem.pairAffinity(pair);
                    lockedCount++;
                } else if (problem.isOpen(pair)) {
                    kept = insertTop(top, kept, problem.pairAffinity(pair));
                }
            }
            long sum = locked;
            for (int i = 0; i < Math.min(kept, k - lockedCount); i++) {
                sum += top[i];
            }
            bound = Math.min(bound, sum);
        }
        return problem.proposalCount() == 0 ? 0 : bound;
    }

    /** Keeps {@code top[0..kept)} as the largest values seen, descending. */
    private static int insertTop(int[] top, int kept, int value) {
        int at = kept < top.length ? kept : top.length - 1;
        if (kept == top.length && value <= top[at]) {
            return kept;
        }
        while (at > 0 && top[at - 1] < value) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = value;
        return Math.min(kept + 1, top.length);
    }

    private static long min(long[] sums) {
        long min = Long.MAX_VALUE;
        for (long sum : sums) {
            min = Math.min(min, sum);
        }
        return min;
    }

    static long total(AssignmentProblem problem, int[] panels) {
        long total = 0;
        for (int pair : panels) {
            total += problem.pairAffinity(pair);
        }
        return total;
    }
}
