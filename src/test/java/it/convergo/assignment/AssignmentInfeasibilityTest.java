package it.convergo.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentInfeasibilityTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    private static AssignmentProblem.Builder dense(int panelSize, int proposals, int evaluators) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(panelSize);
        for (int p = 1; p <= proposals; p++) {
            for (int e = 1; e <= evaluators; e++) {
                builder.affinity("P" + p, "E" + e, 10);
            }
        }
        return builder;
    }

    private AssignmentResult infeasible(AssignmentProblem problem) {
        AssignmentResult result = solver.solve(problem);
        assertFalse(result.isFeasible());
        assertEquals(AssignmentResult.Status.INFEASIBLE, result.status());
        assertTrue(result.panels().isEmpty());
        return result;
    }

    @Test
    void namesProposalsWithTooFewEligibleEvaluators() {
        AssignmentProblem.Builder builder = dense(3, 20, 6)
                .conflict("P17", "E1").conflict("P17", "E2").conflict("P17", "E3").conflict("P17", "E4")
                .exclude("P4", "E1").conflict("P4", "E2").conflict("P4", "E3").conflict("P4", "E4");
        AssignmentResult result = infeasible(builder.build());
        assertEquals(List.of("P4: 2 eligible evaluators, 3 needed", "P17: 2 eligible evaluators, 3 needed"),
                result.infeasibilities().stream().map(Infeasibility::message).toList());
        assertEquals(List.of("P4"), result.infeasibilities().get(0).proposalIds());
    }

    @Test
    void reportsInsufficientTotalCapacity() {
        AssignmentResult result = infeasible(dense(2, 10, 4).defaultMaxLoad(4).build());
        assertEquals("all proposals: evaluators can take 16 more reviews, 20 needed; raise the maximum load",
                result.infeasibilities().get(0).message());
    }

    @Test
    void flowDiagnosisNamesTheProposalsCompetingForTooFewEvaluators() {
        // P1..P3 can only use E1 and E2 (load 2 each: 4 reviews for 6 needed); P4..P6 are fine.
        AssignmentProblem.Builder builder = AssignmentProblem.builder(2).defaultMaxLoad(2);
        for (int p = 1; p <= 3; p++) {
            builder.affinity("P" + p, "E1", 5).affinity("P" + p, "E2", 5);
        }
        for (int p = 4; p <= 6; p++) {
            for (int e = 3; e <= 6; e++) {
                builder.affinity("P" + p, "E" + e, 5);
            }
        }
        AssignmentResult result = infeasible(builder.build());
        Infeasibility reason = result.infeasibilities().get(0);
        assertEquals(List.of("P1", "P2", "P3"), reason.proposalIds());
        assertEquals(List.of("E1", "E2"), reason.evaluatorIds());
        assertEquals("P1, P2, P3: need 6 more reviews, at most 4 can be placed; "
                + "their eligible evaluators E1, E2 are at maximum load", reason.message());
    }

    @Test
    void lockedConflictIsReported() {
        AssignmentResult result = infeasible(dense(1, 2, 2).conflict("P1", "E1").lock("P1", "E1").build());
        assertEquals("P1,E1: locked pair is a conflict", result.infeasibilities().get(0).message());
    }

    @Test
    void tooManyLocksAndOverloadedLocksAreReported() {
        AssignmentResult result = infeasible(dense(1, 3, 3).defaultMaxLoad(1)
                .lock("P1", "E1").lock("P1", "E2").lock("P2", "E2").build());
        List<String> messages = result.infeasibilities().stream().map(Infeasibility::message).toList();
        assertTrue(messages.contains("P1: 2 locked evaluators, panel size 1"), messages.toString());
        assertTrue(messages.contains("E2: 2 locked reviews, maximum load 1"), messages.toString());
    }

    @Test
    void minimumLoadsThatCannotBeMetAreExplained() {
        AssignmentResult count = infeasible(dense(1, 2, 2).defaultMaxLoad(2).minLoad("E1", 2).minLoad("E2", 2).build());
        assertEquals("minimum loads add up to 4 reviews, only 2 are to be assigned",
                count.infeasibilities().get(0).message());

        AssignmentResult bounds = infeasible(dense(1, 2, 2).minLoad("E1", 2).build());
        assertEquals("E1: minimum load 2 exceeds maximum load 1", bounds.infeasibilities().get(0).message());

        AssignmentResult eligibility = infeasible(dense(1, 3, 2).defaultMaxLoad(2)
                .affinity("P1", "E3", 1).minLoad("E3", 2).build());
        assertEquals("E3: minimum load 2 but eligible for only 1 proposal(s)", eligibility.infeasibilities().get(0).message());

        // each count is fine, but E3 and E4 both depend on P1 alone
        AssignmentResult flow = infeasible(dense(1, 3, 2).affinity("P1", "E3", 1).affinity("P1", "E4", 1)
                .minLoad("E3", 1).minLoad("E4", 1).build());
        Infeasibility reason = flow.infeasibilities().get(0);
        assertTrue(reason.message().startsWith("minimum loads cannot all be met"), reason.message());
        assertEquals(1, reason.evaluatorIds().size());
    }

    @Test
    void proposalWithoutPairsIsReported() {
        AssignmentProblem.Builder builder = dense(1, 2, 2);
        builder.proposal("P9");
        assertEquals("P9: 0 eligible evaluators, 1 needed",
                infeasible(builder.build()).infeasibilities().get(0).message());
    }
}
