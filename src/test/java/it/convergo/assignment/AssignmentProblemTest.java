package it.convergo.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentProblemTest {

    @Test
    void defaultMaxLoadIsCeilOfReviewsPerEvaluator() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(3);
        for (int p = 0; p < 10; p++) {
            builder.proposal("P" + p);
        }
        for (int e = 0; e < 4; e++) {
            builder.evaluator("E" + e);
        }
        AssignmentProblem problem = builder.maxLoad("E3", 2).build();
        assertEquals(8, problem.maxLoad(0), "ceil(3 x 10 / 4)");
        assertEquals(2, problem.maxLoad(3));
        assertEquals(0, problem.minLoad(0));
    }

    @Test
    void pairsAreLookedUpRegardlessOfInsertionOrder() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P2", "E2", 4).affinity("P1", "E2", 3).affinity("P2", "E1", 2).affinity("P1", "E1", 1)
                .build();
        assertEquals(OptionalInt.of(1), problem.affinity("P1", "E1"));
        assertEquals(OptionalInt.of(3), problem.affinity("P1", "E2"));
        assertEquals(OptionalInt.of(2), problem.affinity("P2", "E1"));
        assertEquals(OptionalInt.of(4), problem.affinity("P2", "E2"));
        assertEquals(OptionalInt.empty(), problem.affinity("P1", "E9"));
        assertEquals(4, problem.pairCount());
    }

    @Test
    void conflictsComeFromAffinityOrList() {
        AssignmentProblem problem = AssignmentProblem.builder(1)
                .affinity("P1", "E1", -100).affinity("P1", "E2", -99).affinity("P1", "E3", 5)
                .conflict("P1", "E3").conflict("P7", "E7")
                .build();
        assertTrue(problem.isConflict("P1", "E1"));
        assertFalse(problem.isConflict("P1", "E2"));
        assertTrue(problem.isConflict("P1", "E3"));
        assertEquals(1, problem.proposalCount(), "a conflict alone registers nothing");
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> AssignmentProblem.builder(0));
        assertThrows(IllegalArgumentException.class,
                () -> AssignmentProblem.builder(1).affinity("P1", "E1", 1).affinity("P1", "E1", 2).build());
        assertThrows(IllegalArgumentException.class,
                () -> AssignmentProblem.builder(1).affinity("P1", "E1", 1).lock("P1", "E2").build());
        assertThrows(IllegalArgumentException.class,
                () -> AssignmentProblem.builder(1).affinity("P1", "E1", AssignmentProblem.MAX_AFFINITY + 1));
        assertThrows(IllegalArgumentException.class,
                () -> AssignmentProblem.builder(1).affinity("P1", "E1", 1).maxLoad("E9", 1).build());
        assertThrows(IllegalArgumentException.class, () -> AssignmentProblem.builder(1).affinity("", "E1", 1));
    }

    @Test
    void readsLargeFilesAcrossBufferBoundaries(@TempDir Path dir)
            throws Exception {
        StringBuilder csv = new StringBuilder("proposal,evaluator,affinity\n");
        for (int p = 0; p < 300; p++) {
            for (int e = 0; e < 300; e++) {
                csv.append("proposal-").append(p).append(",evaluator-").append(e).append(',').append((p * e) % 97).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        AssignmentProblem.Builder builder = AssignmentProblem.builder(2);
        assertEquals(90_000, AssignmentCsv.readAffinities(file, builder));
        AssignmentProblem problem = builder.build();
        assertEquals(300, problem.proposalCount());
        assertEquals(300, problem.evaluatorCount());
        assertEquals(OptionalInt.of((299 * 123) % 97), problem.affinity("proposal-299", "evaluator-123"));
    }
}
