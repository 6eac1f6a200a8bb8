package it.convergo.assignment;

/**
 * Chooses exactly K evaluators per proposal, maximising total affinity under the hard constraints
 * of an {@link AssignmentProblem}, with OR-Tools' exact min-cost flow (see PanelFlow).
 *
 * <p>Stateless and thread-safe; each call builds its own native network and frees it. Results are
 * deterministic: the same problem (same id order) gives the same assignment.
 */
public final class AssignmentSolver {

    private final int arcFactor;

    public AssignmentSolver() {
        this(PanelFlow.DEFAULT_ARC_FACTOR);
    }

    /** For tests: initial arcs per proposal = arcFactor x K (0: all pairs, no pricing). */
    AssignmentSolver(int arcFactor) {
        this.arcFactor = arcFactor;
    }

    /** Maximum total affinity, exact. */
    public AssignmentResult solve(AssignmentProblem problem) {
        return solve(problem, AssignmentOptions.maxTotal());
    }

    public AssignmentResult solve(AssignmentProblem problem, AssignmentOptions options) {
        Remaining remaining = new Remaining(problem);
        var issues = FeasibilityCheck.preCheck(problem, remaining);
        if (!issues.isEmpty()) {
            return AssignmentResult.infeasible(problem, issues);
        }
        try (PanelFlow flow = new PanelFlow(problem, remaining, arcFactor)) {
            int[] optimal = flow.solve();
            if (optimal == null) {
                return AssignmentResult.infeasible(problem, FeasibilityCheck.diagnose(problem, remaining));
            }
            long optimalTotal = FairSearch.total(problem, optimal);
            long minPanelBound = FairSearch.minPanelUpperBound(problem, optimalTotal);
            if (!options.fair()) {
                return AssignmentResult.solved(problem, AssignmentResult.Status.OPTIMAL, optimal, optimalTotal,
                        minPanelBound);
            }
            int[] fair = FairSearch.improve(problem, flow, optimal, options.fairMaxRounds(), minPanelBound);
            return AssignmentResult.solved(problem, AssignmentResult.Status.FAIR, fair, optimalTotal, minPanelBound);
        }
    }
}
