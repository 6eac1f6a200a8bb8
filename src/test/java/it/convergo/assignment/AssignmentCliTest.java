package it.convergo.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AssignmentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    /** 4 proposals x 3 evaluators, P1-E1 a conflict by affinity. */
    private Path affinities() throws IOException {
        List<String> lines = new ArrayList<>(List.of("proposal,evaluator,affinity"));
        for (int p = 1; p <= 4; p++) {
            for (int e = 1; e <= 3; e++) {
                lines.add("P" + p + ",E" + e + "," + (p == 1 && e == 1 ? -100 : p * e));
            }
        }
        return Files.write(dir.resolve("affinity.csv"), lines);
    }

    @Test
    void solvesAndWritesTheAssignment() throws IOException {
        Path output = dir.resolve("out.csv");
        Path conflicts = file("conflicts.csv", "proposal,evaluator", "P2,E3");
        int code = run("--affinity", affinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2", "--output", output.toString());
        assertEquals(0, code, stderr());
        String printed = stdout();
        for (String figure : List.of("proposals:", "evaluators:", "pairs:", "read time:", "solve time:",
                "total affinity:", "min panel affinity:", "p10 panel affinity:", "max load:", "min load:")) {
            assertTrue(printed.contains(figure), figure + " missing in\n" + printed);
        }
        assertTrue(printed.contains("conflict violations: 0"), printed);
        List<String> rows = Files.readAllLines(output);
        assertEquals("proposal,evaluator", rows.get(0));
        assertEquals(9, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.equals("P1,E1") || r.equals("P2,E3")), rows.toString());
    }

    @Test
    void fairModeRuns() throws IOException {
        assertEquals(0, run("--affinity", affinities().toString(), "--reviews-per-proposal", "2", "--fair"), stderr());
        assertTrue(stdout().contains("mode:                fair"), stdout());
    }

    @Test
    void acceptsQuotesSpacesCrlfAndBom() throws IOException {
        Path affinity = dir.resolve("quoted.csv");
        Files.writeString(affinity, "\uFEFFProposal, Evaluator ,affinity\r\n\"P,1\", E1 , 5\r\n\r\n\"P,1\",\"E \"\"2\"\"\",7\r\n");
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("--affinity", affinity.toString(), "--reviews-per-proposal", "2",
                "--output", output.toString()), stderr());
        assertEquals(List.of("proposal,evaluator", "\"P,1\",\"E \"\"2\"\"\"", "\"P,1\",E1"), Files.readAllLines(output));
    }

    @Test
    void rejectsMissingFile() {
        assertEquals(2, run("--affinity", dir.resolve("nope.csv").toString(), "--reviews-per-proposal", "3"));
        assertTrue(stderr().contains("no such file"), stderr());
    }

    @Test
    void rejectsBadHeader() throws IOException {
        Path bad = file("bad.csv", "proposal,reviewer,score", "P1,E1,3");
        assertEquals(2, run("--affinity", bad.toString(), "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 1: expected header proposal,evaluator,affinity"), stderr());
    }

    @Test
    void rejectsNonIntegerAffinityWithLineNumber() throws IOException {
        Path bad = file("bad.csv", "proposal,evaluator,affinity", "P1,E1,3", "P1,E2,3.5");
        assertEquals(2, run("--affinity", bad.toString(), "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 3: affinity '3.5' is not an integer"), stderr());
    }

    @Test
    void rejectsWrongFieldCountDuplicatesAndEmptyFiles() throws IOException {
        assertEquals(2, run("--affinity", file("a.csv", "proposal,evaluator,affinity", "P1,E1").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 2: expected 3 fields, found 2"), stderr());
        assertEquals(2, run("--affinity", file("b.csv", "proposal,evaluator,affinity", "P1,E1,1", "P1,E1,2").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("b.csv line 3: duplicate pair P1,E1 (first on line 2)"), stderr());
        assertEquals(2, run("--affinity", file("c.csv").toString(), "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("empty file"), stderr());
    }

    @Test
    void rejectsBrokenQuotesOutOfRangeAffinitiesAndLocksWithoutAffinity() throws IOException {
        assertEquals(2, run("--affinity", file("q.csv", "proposal,evaluator,affinity", "\"P1,E1,3").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 2: unterminated quoted field"), stderr());
        assertEquals(2, run("--affinity", file("r.csv", "proposal,evaluator,affinity", "P1,E1,99999999999").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 2: affinity '99999999999' is out of range"), stderr());
        assertEquals(2, run("--affinity", file("t.csv", "proposal,evaluator,affinity", "P1,E1,-99999999999").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 2: affinity '-99999999999' is out of range"), stderr());
        assertEquals(2, run("--affinity", file("s.csv", "proposal,evaluator,affinity", "P1,E1,1000001").toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("line 2: affinity 1000001 exceeds 1000000"), stderr());
        Path locked = file("locked.csv", "proposal,evaluator", "P1,E9");
        assertEquals(2, run("--affinity", affinities().toString(), "--locked", locked.toString(),
                "--reviews-per-proposal", "1"));
        assertTrue(stderr().contains("locked.csv: 1 row with ids not in the affinity file\n  line 2: P1,E9"), stderr());
    }

    @Test
    void rejectsBadOptions() throws IOException {
        String affinity = affinities().toString();
        assertEquals(2, run("--affinity", affinity));
        assertEquals(2, run("--affinity", affinity, "--reviews-per-proposal", "zero"));
        assertEquals(2, run("--affinity", affinity, "--reviews-per-proposal", "2", "--max-load"));
        assertEquals(2, run("--affinity", affinity, "--reviews-per-proposal", "2", "--bogus"));
        assertTrue(stderr().contains("unknown option --bogus"), stderr());
    }

    @Test
    void infeasibleInstanceListsProposals() throws IOException {
        Path conflicts = file("conflicts.csv", "proposal,evaluator", "P3,E1", "P3,E2");
        int code = run("--affinity", affinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2");
        assertEquals(3, code);
        assertFalse(stderr().contains("P1:"), "P1 still has E2, E3");
        assertTrue(stderr().contains("P3: 1 eligible evaluators, 2 needed"), stderr());
    }

    @Test
    void lockedAndExcludedFilesAreApplied() throws IOException {
        Path output = dir.resolve("out.csv");
        Path locked = file("locked.csv", "proposal,evaluator", "P4,E1");
        Path excluded = file("excluded.csv", "proposal,evaluator", "P4,E3");
        assertEquals(0, run("--affinity", affinities().toString(), "--locked", locked.toString(),
                "--excluded", excluded.toString(), "--reviews-per-proposal", "2", "--max-load", "3",
                "--output", output.toString()), stderr());
        List<String> rows = Files.readAllLines(output);
        assertTrue(rows.contains("P4,E1") && rows.contains("P4,E2") && !rows.contains("P4,E3"), rows.toString());
    }

    /** E-mail ids: the affinity file in lower case, the other files as people type them. */
    private Path emailAffinities() throws IOException {
        return file("affinity.csv", "proposal,evaluator,affinity", "P1,anna@jury.it,5", "P1,bruno@jury.it,4",
                "P1,carla@jury.it,3", "P2,anna@jury.it,5", "P2,bruno@jury.it,4", "P2,carla@jury.it,3");
    }

    @Test
    void idsMatchTheSameWayInEveryFileTrimmedAndEmailsCaseInsensitive() throws IOException {
        Path output = dir.resolve("out.csv");
        Path conflicts = file("conflicts.csv", "proposal,evaluator", "P1, ANNA@Jury.IT ", "\" P2 \",\"Anna@JURY.it\"");
        assertEquals(0, run("--affinity", emailAffinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2", "--output", output.toString()), stderr());
        List<String> rows = Files.readAllLines(output);
        assertTrue(rows.stream().noneMatch(r -> r.contains("anna")), "conflicts applied: " + rows);
        assertTrue(stdout().contains("conflict violations: 0"), stdout());
    }

    @Test
    void unknownIdsAreRefusedWithTheirLinesUnlessSkippedExplicitly() throws IOException {
        List<String> lines = new ArrayList<>(List.of("proposal,evaluator", "P1,anna@jury.it"));
        for (int i = 0; i < 12; i++) {
            lines.add("P" + (10 + i) + ",nobody@jury.it");
        }
        Path conflicts = Files.write(dir.resolve("conflicts.csv"), lines);
        assertEquals(2, run("--affinity", emailAffinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2"));
        assertTrue(stderr().contains("conflicts.csv: 12 rows with ids not in the affinity file"), stderr());
        assertTrue(stderr().contains("line 3: P10,nobody@jury.it") && stderr().contains("... and 2 more"), stderr());
        assertTrue(stderr().contains("--skip-unknown"), stderr());

        err.reset();
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("--affinity", emailAffinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2", "--skip-unknown", "--output", output.toString()), stderr());
        assertTrue(stderr().contains("warning: " + conflicts + ": skipped 12 rows"), stderr());
        assertTrue(stderr().contains("line 12: P19,nobody@jury.it"), stderr());
        assertFalse(Files.readAllLines(output).contains("P1,anna@jury.it"), "the known row still applies");
    }

    @Test
    void partialAssignsTheProposalsThatCanBeCoveredAndNamesTheOthers() throws IOException {
        Path conflicts = file("conflicts.csv", "proposal,evaluator", "P3,E1", "P3,E2");
        Path output = dir.resolve("out.csv");
        int code = run("--affinity", affinities().toString(), "--conflicts", conflicts.toString(),
                "--reviews-per-proposal", "2", "--max-load", "3", "--partial", "--output", output.toString());
        assertEquals(AssignmentCli.PARTIAL, code, stderr());
        assertTrue(stdout().contains("1 proposals left out, the others assigned: P3")
                && stdout().contains("  P3: 1 eligible evaluators, 2 needed"), stdout());
        assertTrue(stdout().contains("proposals:           3"), stdout());
        List<String> rows = Files.readAllLines(output);
        assertEquals(7, rows.size(), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("P3,")), rows.toString());
    }

    @Test
    void formulaLikeIdsAreNeutralisedInTheOutputAndReadBackUnchanged() throws IOException {
        Path affinity = file("affinity.csv", "proposal,evaluator,affinity", "\"=HYPERLINK(\"\"x\"\")\",E1,5",
                "-P2,@E2,5", "-P2,E1,4", "\"=HYPERLINK(\"\"x\"\")\",@E2,1");
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("--affinity", affinity.toString(), "--reviews-per-proposal", "1", "--output",
                output.toString()), stderr());
        List<String> rows = Files.readAllLines(output);
        assertTrue(rows.contains("\"'=HYPERLINK(\"\"x\"\")\",E1") && rows.contains("'-P2,'@e2"), rows.toString());

        out.reset();
        assertEquals(0, run("--affinity", affinity.toString(), "--reviews-per-proposal", "1", "--locked",
                output.toString(), "--output", dir.resolve("again.csv").toString()), stderr());
        assertEquals(rows, Files.readAllLines(dir.resolve("again.csv")), "the output reads back as locks");
    }
}
