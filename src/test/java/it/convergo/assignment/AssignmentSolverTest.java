package it.convergo.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentSolverTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void hardConstraintsHoldOnRandomInstances() {
        int feasible = 0;
        for (long seed = 1; seed <= 300; seed++) {
            RandomInstance instance = new RandomInstance(seed, 40, 15, 4);
            AssignmentResult result = solver.solve(instance.problem());
            if (result.isFeasible()) {
                feasible++;
                instance.assertValid(result);
                assertEquals(AssignmentResult.Status.OPTIMAL, result.status());
                assertTrue(result.isTotalOptimal());
            } else {
                instance.assertInfeasibleReported(result);
            }
        }
        assertTrue(feasible > 100, "too few feasible instances to mean anything: " + feasible);
    }

    @Test
    void totalMatchesBruteForceOnSmallInstances() {
        int feasible = 0;
        for (long seed = 1; seed <= 400; seed++) {
            RandomInstance instance = new RandomInstance(seed, 5, 5, 3);
            RandomInstance.BruteForce expected = instance.bruteForce();
            // full network, and pruned networks that must grow by pricing
            for (AssignmentSolver variant : List.of(new AssignmentSolver(0), new AssignmentSolver(1), solver)) {
                AssignmentResult result = variant.solve(instance.problem());
                assertEquals(expected.feasible, result.isFeasible(), "feasibility, seed " + seed);
                if (expected.feasible) {
                    instance.assertValid(result);
                    assertEquals(expected.total, result.stats().totalAffinity(), "optimum, seed " + seed);
                    assertEquals(expected.total, result.optimalTotal());
                }
            }
            feasible += expected.feasible ? 1 : 0;
        }
        assertTrue(feasible > 100, "too few feasible instances to mean anything: " + feasible);
    }

    @Test
    void pricedNetworkReachesTheFullNetworkOptimum() {
        AssignmentSolver full = new AssignmentSolver(0);
        AssignmentSolver tiny = new AssignmentSolver(1);
        for (long seed = 1; seed <= 150; seed++) {
            RandomInstance instance = new RandomInstance(seed, 80, 25, 4);
            AssignmentProblem problem = instance.problem();
            AssignmentResult expected = full.solve(problem);
            for (AssignmentResult result : List.of(tiny.solve(problem), solver.solve(problem))) {
                assertEquals(expected.isFeasible(), result.isFeasible(), "seed " + seed);
                if (expected.isFeasible()) {
                    instance.assertValid(result);
                    assertEquals(expected.stats().totalAffinity(), result.stats().totalAffinity(), "seed " + seed);
                }
            }
        }
    }

    @Test
    void sameInputGivesSameOutput() {
        for (long seed = 1; seed <= 20; seed++) {
            RandomInstance instance = new RandomInstance(seed, 60, 20, 3);
            AssignmentResult first = solver.solve(instance.problem());
            AssignmentResult again = solver.solve(instance.problem());
            assertEquals(first.isFeasible(), again.isFeasible());
            assertEquals(first.panels(), again.panels());
            assertEquals(first.infeasibilities(), again.infeasibilities());
        }
    }

    @Test
    void lockedPairIsKeptEvenWhenWorse() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P1", "E1", 90).affinity("P1", "E2", 10)
                .lock("P1", "E2")
                .build();
        AssignmentResult result = solver.solve(problem);
        assertEquals(List.of(new Reviewer("E2", 10, true)), result.panel("P1").reviewers());
        assertTrue(result.isTotalOptimal(), "optimal under the lock");
    }

    @Test
    void excludedPairIsNeverChosen() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P1", "E1", 90).affinity("P1", "E2", 10)
                .exclude("P1", "E1")
                .build();
        assertEquals("E2", solver.solve(problem).panel("P1").reviewers().get(0).evaluatorId());
    }

    @Test
    void conflictsByAffinityAndByListAreNeverChosen() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P1", "E1", -100).affinity("P1", "E2", 80).affinity("P1", "E3", 5)
                .conflict("P1", "E2")
                .build();
        AssignmentResult result = solver.solve(problem);
        assertEquals("E3", result.panel("P1").reviewers().get(0).evaluatorId());
        assertEquals(0, result.stats().conflictViolations());
    }

    @Test
    void rerunWithLockedPairsKeepsThemAndStaysOptimalForTheRest() {
        RandomInstance instance = new RandomInstance(7, 30, 10, 3);
        for (long seed = 8; !solver.solve(instance.problem()).isFeasible(); seed++) {
            instance = new RandomInstance(seed, 30, 10, 3);
        }
        AssignmentResult first = solver.solve(instance.problem());
        Panel kept = first.panels().get(0);
        for (Reviewer r : kept.reviewers()) {
            int e = Integer.parseInt(r.evaluatorId().substring(1));
            instance.locked.add(RandomInstance.key(0, e));
        }
        AssignmentResult second = solver.solve(instance.problem());
        instance.assertValid(second);
        assertEquals(kept.reviewers().stream().map(Reviewer::evaluatorId).sorted().toList(),
                second.panels().get(0).reviewers().stream().map(Reviewer::evaluatorId).sorted().toList());
        assertEquals(first.stats().totalAffinity(), second.stats().totalAffinity(),
                "locking an optimal panel keeps the optimum");
    }

    @Test
    void minimumLoadIsHonoured() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P1", "E1", 50).affinity("P2", "E1", 50)
                .affinity("P1", "E2", 1).affinity("P2", "E2", 1)
                .defaultMaxLoad(2).minLoad("E2", 1)
                .build();
        AssignmentResult result = solver.solve(problem);
        assertEquals(1, result.loads().get("E2"));
        assertEquals(51, result.stats().totalAffinity());
    }

    @Test
    void statsReportPercentileAndLoads() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(1);
        for (int p = 0; p < 20; p++) {
            builder.affinity("P" + p, "E" + p, p);
        }
        AssignmentStats stats = solver.solve(builder.build()).stats();
        assertEquals(190, stats.totalAffinity());
        assertEquals(0, stats.minPanelAffinity());
        assertEquals(1, stats.p10PanelAffinity(), "2nd lowest of 20 (nearest rank)");
        assertEquals(1, stats.maxLoad());
        assertEquals(1, stats.minLoad());
    }

    @Test
    void infeasibleResultHasNoAssignment() {
        AssignmentResult result = solver.solve(AssignmentProblem.builder(2).affinity("P1", "E1", 5).build());
        assertFalse(result.isFeasible());
        assertTrue(result.panels().isEmpty());
        assertTrue(result.loads().isEmpty());
        assertFalse(result.isTotalOptimal());
    }

    @Test
    void emptyProblemIsTriviallySolved() {
        AssignmentResult result = solver.solve(AssignmentProblem.builder(3).build());
        assertTrue(result.isFeasible());
        assertTrue(result.panels().isEmpty());
        assertEquals(0, result.stats().totalAffinity());
    }

    @Test
    void panelLargerThanEvaluatorPoolIsInfeasible() {
        AssignmentResult result = solver.solve(AssignmentProblem.builder(3)
                .affinity("P1", "E1", 1).affinity("P1", "E2", 1).build());
        assertEquals("P1: 2 eligible evaluators, 3 needed", result.infeasibilities().get(0).message());
    }
}
