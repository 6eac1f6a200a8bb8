package it.convergo.assignment;

/**
 * What is left to assign once the locked pairs are placed: per proposal the reviewers still
 * needed, per evaluator the remaining maximum and minimum load. Values may be negative or
 * inconsistent; {@link FeasibilityCheck} reports that before any flow is built.
 */
final class Remaining {

    final int[] demand;
    final int[] maxLoad;
    final int[] minLoad;
    final long totalDemand;
    final long totalMinLoad;

    Remaining(AssignmentProblem problem) {
        int proposals = problem.proposalCount();
        int evaluators = problem.evaluatorCount();
        demand = new int[proposals];
        maxLoad = new int[evaluators];
        minLoad = new int[evaluators];
        int[] lockedLoad = new int[evaluators];
        long demandSum = 0;
        for (int p = 0; p < proposals; p++) {
            int locked = 0;
            for (int pair = problem.firstPair(p); pair < problem.endPair(p); pair++) {
                if (problem.isLocked(pair)) {
                    locked++;
                    lockedLoad[problem.pairEvaluator(pair)]++;
                }
            }
            demand[p] = problem.panelSize() - locked;
            demandSum += demand[p];
        }
        long minSum = 0;
        for (int e = 0; e < evaluators; e++) {
            maxLoad[e] = problem.maxLoad(e) - lockedLoad[e];
            minLoad[e] = Math.max(0, problem.minLoad(e) - lockedLoad[e]);
            minSum += minLoad[e];
        }
        totalDemand = demandSum;
        totalMinLoad = minSum;
    }
}
