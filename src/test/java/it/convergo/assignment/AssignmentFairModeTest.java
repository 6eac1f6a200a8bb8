package it.convergo.assignment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentFairModeTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void fairNeverLowersTheWorstPanelAndKeepsConstraints() {
        int improved = 0;
        for (long seed = 1; seed <= 200; seed++) {
            RandomInstance instance = new RandomInstance(seed, 30, 12, 3);
            AssignmentProblem problem = instance.problem();
            AssignmentResult plain = solver.solve(problem);
            AssignmentResult fair = solver.solve(problem, AssignmentOptions.fairMode());
            assertEquals(plain.isFeasible(), fair.isFeasible());
            if (!plain.isFeasible()) {
                continue;
            }
            instance.assertValid(fair);
            assertEquals(AssignmentResult.Status.FAIR, fair.status());
            long plainMin = plain.stats().minPanelAffinity();
            long fairMin = fair.stats().minPanelAffinity();
            assertTrue(fairMin >= plainMin, "seed " + seed);
            assertTrue(fairMin <= fair.minPanelUpperBound(), "seed " + seed);
            assertTrue(fair.stats().totalAffinity() <= plain.stats().totalAffinity(), "seed " + seed);
            assertEquals(plain.stats().totalAffinity(), fair.optimalTotal());
            assertEquals(fair.stats().totalAffinity() == plain.stats().totalAffinity(), fair.isTotalOptimal());
            if (fairMin > plainMin) {
                improved++;
            }
        }
        assertTrue(improved > 0, "fair mode never improved anything");
    }

    @Test
    void fairStaysBelowTheBruteForceMaxMin() {
        for (long seed = 1; seed <= 200; seed++) {
            RandomInstance instance = new RandomInstance(seed, 5, 5, 3);
            RandomInstance.BruteForce best = instance.bruteForce();
            AssignmentResult fair = solver.solve(instance.problem(), AssignmentOptions.fairMode());
            assertEquals(best.feasible, fair.isFeasible(), "seed " + seed);
            if (best.feasible) {
                assertTrue(fair.stats().minPanelAffinity() <= best.minPanel, "seed " + seed);
                assertTrue(best.minPanel <= fair.minPanelUpperBound(), "bound must hold, seed " + seed);
            }
        }
    }

    @Test
    void fairTradesTotalForTheWorstPanel() {
        // Max total gives P1 {E1, E2} = 20 and P2 {E3, E4} = 2 (total 22); fair gives P1 {E2, E3} = 11, P2 {E1, E4} = 10.
        AssignmentProblem problem = AssignmentProblem.builder(2).defaultMaxLoad(1)
                .affinity("P1", "E1", 10).affinity("P1", "E2", 10).affinity("P1", "E3", 1).affinity("P1", "E4", 1)
                .affinity("P2", "E1", 9).affinity("P2", "E2", 0).affinity("P2", "E3", 1).affinity("P2", "E4", 1)
                .build();
        AssignmentResult plain = solver.solve(problem);
        AssignmentResult fair = solver.solve(problem, AssignmentOptions.fairMode());
        assertEquals(2, plain.stats().minPanelAffinity());
        assertEquals(10, fair.stats().minPanelAffinity());
        assertEquals(21, fair.stats().totalAffinity());
        assertFalse(fair.isTotalOptimal());
        assertEquals(22, fair.optimalTotal());
    }

    @Test
    void fairKeepsConstraintsOnPricedNetworks() {
        AssignmentSolver tiny = new AssignmentSolver(1);
        for (long seed = 1; seed <= 100; seed++) {
            RandomInstance instance = new RandomInstance(seed, 40, 15, 3);
            AssignmentResult plain = solver.solve(instance.problem());
            AssignmentResult fair = tiny.solve(instance.problem(), AssignmentOptions.fairMode());
            assertEquals(plain.isFeasible(), fair.isFeasible());
            if (fair.isFeasible()) {
                instance.assertValid(fair);
                assertTrue(fair.stats().minPanelAffinity() >= plain.stats().minPanelAffinity(), "seed " + seed);
                assertEquals(plain.stats().totalAffinity(), fair.optimalTotal(), "seed " + seed);
            }
        }
    }

    @Test
    void fairIsDeterministic() {
        RandomInstance instance = new RandomInstance(99, 60, 20, 3);
        AssignmentProblem problem = instance.problem();
        assertEquals(solver.solve(problem, AssignmentOptions.fairMode()).panels(),
                solver.solve(problem, AssignmentOptions.fairMode()).panels());
    }
}
