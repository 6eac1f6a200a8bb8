package it.convergo.assignment;

/**
 * Re-checks every hard constraint of an assignment from the problem data alone, without trusting
 * the solver: pairs are looked up again by (proposal, evaluator) and loads are recounted.
 */
final class AssignmentVerifier {

    /** Counts per kind of violation; a valid assignment has all zero. */
    record Violations(int conflicts, int notCandidates, int duplicates, int excludedUsed, int locksMissing,
                      int overloaded, int underloaded) {

        boolean none() {
            return conflicts + notCandidates + duplicates + excludedUsed + locksMissing + overloaded + underloaded == 0;
        }
    }

    private AssignmentVerifier() {
    }

    /**
     * @param evaluators K evaluator indices per proposal, proposal-major
     */
    static Violations verify(AssignmentProblem problem, int[] evaluators) {
        int k = problem.panelSize();
        int[] load = new int[problem.evaluatorCount()];
        int conflicts = 0;
        int notCandidates = 0;
        int duplicates = 0;
        int excludedUsed = 0;
        int lockedFound = 0;
        for (int p = 0; p < problem.proposalCount(); p++) {
            for (int slot = p * k; slot < (p + 1) * k; slot++) {
                int e = evaluators[slot];
                load[e]++;
                for (int other = p * k; other < slot; other++) {
                    if (evaluators[other] == e) {
                        duplicates++;
                    }
                }
                int pair = problem.pair(p, e);
                if (pair < 0) {
                    notCandidates++;
                    continue;
                }
                if (problem.isConflict(pair) || problem.pairAffinity(pair) <= AssignmentProblem.CONFLICT_AFFINITY) {
                    conflicts++;
                }
                if (problem.isExcluded(pair)) {
                    excludedUsed++;
                }
                if (problem.isLocked(pair)) {
                    lockedFound++;
                }
            }
        }
        int overloaded = 0;
        int underloaded = 0;
        for (int e = 0; e < load.length; e++) {
            if (load[e] > problem.maxLoad(e)) {
                overloaded++;
            }
            if (load[e] < problem.minLoad(e)) {
                underloaded++;
            }
        }
        return new Violations(conflicts, notCandidates, duplicates, excludedUsed,
                lockedPairCount(problem) - lockedFound, overloaded, underloaded);
    }

    private static int lockedPairCount(AssignmentProblem problem) {
        int locked = 0;
        for (int pair = 0; pair < problem.pairCount(); pair++) {
            if (problem.isLocked(pair)) {
                locked++;
            }
        }
        return locked;
    }
}
