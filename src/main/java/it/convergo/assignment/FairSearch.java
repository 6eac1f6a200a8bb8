package it.convergo.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fair mode: raise the worst panel first, then keep the total as high as possible.
 *
 * <p>Maximising the minimum panel affinity is NP-hard in general, so this is a heuristic on top of
 * the exact flow. Starting from the maximum-total assignment, each round takes every panel with
 * the lowest affinity sum and raises that proposal's floor: its weakest non-locked member and
 * every open pair of that proposal below that member's affinity are excluded, then the flow is
 * re-solved exactly (maximum total under all exclusions so far). If that is infeasible, the round
 * is retried excluding only the weakest member of each worst panel, then only the second weakest,
 * and so on; if no variant is feasible, the search stops. It also stops when a worst panel has no
 * non-locked member left to exclude, when the minimum has not improved
 * for {@value #STALL_ROUNDS} rounds, when it reaches {@link #minPanelUpperBound} (then the
 * minimum is proven optimal), or after the round limit. The best assignment seen, ordered
 * by (minimum panel sum, total), is returned.
 *
 * <p>Guarantees: every hard constraint holds; the minimum panel sum is never below that of the
 * maximum-total assignment; the total is the maximum under the exclusions of the winning round,
 * which is not in general the best total for that minimum, and the minimum is not in general the
 * best possible. Deterministic: same problem and round limit, same result.
 */
final class FairSearch {

    static final int STALL_ROUNDS = 8;

    private FairSearch() {
    }

    /**
     * @param flow  the problem's network, already solved once to {@code start}; gains exclusions
     * @param start the maximum-total assignment
     * @param minPanelBound {@link #minPanelUpperBound}: once reached, the minimum is proven optimal
     */
    static int[] improve(AssignmentProblem problem, PanelFlow flow, int[] start, int maxRounds, long minPanelBound) {
        int[] best = start;
        long bestMin = min(AssignmentResult.panelSums(problem, start));
        long bestTotal = total(problem, start);
        int[] current = start;
        int stalled = 0;
        for (int round = 0; round < maxRounds && stalled < STALL_ROUNDS && bestMin < minPanelBound; round++) {
            int[] next = raiseWorstFloors(problem, flow, current, 0, true);
            for (int rank = 0; next == null && rank < problem.panelSize(); rank++) {
                next = raiseWorstFloors(problem, flow, current, rank, false);
            }
            if (next == null) {
                break;
            }
            current = next;
            long min = min(AssignmentResult.panelSums(problem, current));
            long total = total(problem, current);
            stalled = min > bestMin ? 0 : stalled + 1;
            if (min > bestMin || (min == bestMin && total > bestTotal)) {
                best = current;
                bestMin = min;
                bestTotal = total;
            }
        }
        return best;
    }

    /**
     * Excludes one member of every worst panel, the {@code rank}-th weakest non-locked one (0: the
     * weakest), and when {@code strong} also that proposal's open pairs below it; then re-solves.
     * Returns null, with the exclusions undone, when that is infeasible or a worst panel has no
     * such member.
     */
    private static int[] raiseWorstFloors(AssignmentProblem problem, PanelFlow flow, int[] panels, int rank,
                                          boolean strong) {
        int k = problem.panelSize();
        long[] sums = AssignmentResult.panelSums(problem, panels);
        long worst = min(sums);
        List<Integer> excluded = new ArrayList<>();
        for (int p = 0; p < sums.length; p++) {
            if (sums[p] != worst) {
                continue;
            }
            int member = rankedMember(problem, panels, p * k, k, rank);
            if (member < 0) {
                return undo(flow, excluded);
            }
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                boolean drop = pair == member
                        || (strong && problem.isOpen(pair) && problem.pairAffinity(pair) < problem.pairAffinity(member));
                if (drop && flow.exclude(pair)) {
                    excluded.add(pair);
                }
            }
        }
        int[] next = flow.solve();
        return next != null ? next : undo(flow, excluded);
    }

    /** The rank-th weakest non-locked pair of a panel (ties: panel order), or -1 if there is none. */
    private static int rankedMember(AssignmentProblem problem, int[] panels, int from, int k, int rank) {
        List<Integer> members = new ArrayList<>(k);
        for (int slot = from; slot < from + k; slot++) {
            if (!problem.isLocked(panels[slot])) {
                members.add(panels[slot]);
            }
        }
        members.sort(Comparator.comparingInt(problem::pairAffinity));
        return rank < members.size() ? members.get(rank) : -1;
    }

    private static int[] undo(PanelFlow flow, List<Integer> excluded) {
        excluded.forEach(flow::include);
        return null;
    }

    /**
     * An upper bound on the minimum panel sum of any assignment: the lower of the average panel
     * of the maximum-total assignment (a minimum never exceeds an average) and the weakest
     * proposal's best conceivable panel (locked members plus its top open pairs, loads ignored).
     *
     * @param optimalTotal the proven maximum total affinity
     */
    static long minPanelUpperBound(AssignmentProblem problem, long optimalTotal) {
        if (problem.proposalCount() == 0) {
            return 0;
        }
        int k = problem.panelSize();
        long bound = Math.floorDiv(optimalTotal, problem.proposalCount());
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
        return bound;
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
