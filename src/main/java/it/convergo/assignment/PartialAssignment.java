package it.convergo.assignment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When no complete assignment exists: leaves out every proposal an infeasibility reason names and assigns the
 * others, repeating while reasons name proposals. Conservative: a reason naming a group (too few evaluators
 * for several proposals together) leaves the whole group out, even if some of it could be placed.
 *
 * @param problem   the problem without the uncovered proposals
 * @param result    the assignment of the proposals kept (infeasible when reasons name no proposal, e.g. minimum loads)
 * @param uncovered proposal id -> the reason it was left out, in the order found
 */
record PartialAssignment(AssignmentProblem problem, AssignmentResult result, Map<String, String> uncovered) {

    private static final int MAX_ROUNDS = 10;

    static PartialAssignment solve(AssignmentProblem problem, AssignmentResult infeasible, AssignmentOptions options) {
        Map<String, String> uncovered = new LinkedHashMap<>();
        AssignmentResult result = infeasible;
        AssignmentProblem current = problem;
        for (int round = 0; round < MAX_ROUNDS && !result.isFeasible(); round++) {
            int before = uncovered.size();
            for (Infeasibility reason : result.infeasibilities()) {
                reason.proposalIds().forEach(p -> uncovered.putIfAbsent(p, reason.message()));
            }
            if (uncovered.size() == before || uncovered.size() == problem.proposalCount()) {
                break;
            }
            current = problem.without(uncovered.keySet());
            result = new AssignmentSolver().solve(current, options);
        }
        return new PartialAssignment(current, result, uncovered);
    }
}
