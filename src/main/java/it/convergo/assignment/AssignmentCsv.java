package it.convergo.assignment;

import it.convergo.base.SpreadsheetCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line's file formats: affinity and pair lists in, the assignment out. */
final class AssignmentCsv {

    static final String AFFINITY_HEADER = "proposal,evaluator,affinity";
    static final String PAIR_HEADER = "proposal,evaluator";

    private AssignmentCsv() {
    }

    /** Adds every row of an affinity file to the builder; returns the number of rows. */
    static long readAffinities(Path file, AssignmentProblem.Builder builder) throws InputException {
        IdTable proposals = new IdTable(builder::proposal);
        IdTable evaluators = new IdTable(builder::evaluator);
        long rows = 0;
        try (CsvReader csv = open(file, AFFINITY_HEADER)) {
            while (csv.next()) {
                requireFields(csv, 3);
                int affinity = csv.intField(2, "affinity");
                if (affinity > AssignmentProblem.MAX_AFFINITY) {
                    throw csv.error("affinity " + affinity + " exceeds " + AssignmentProblem.MAX_AFFINITY);
                }
                byte[] buf = csv.buffer();
                int p = proposals.index(buf, csv.start(0), csv.end(0));
                int e = evaluators.index(buf, csv.start(1), csv.end(1));
                builder.affinity(p, e, affinity);
                rows++;
            }
        } catch (IOException e) {
            throw new InputException("cannot close " + file);
        }
        return rows;
    }

    /** One row of a {@code proposal,evaluator} file, with its line for messages. */
    record Pair(String proposalId, String evaluatorId, int line) {
    }

    /** Reads a {@code proposal,evaluator} file. */
    static List<Pair> readPairs(Path file) throws InputException {
        List<Pair> pairs = new ArrayList<>();
        try (CsvReader csv = open(file, PAIR_HEADER)) {
            while (csv.next()) {
                requireFields(csv, 2);
                pairs.add(new Pair(csv.field(0), csv.field(1), csv.line()));
            }
        } catch (IOException e) {
            throw new InputException("cannot close " + file);
        }
        return pairs;
    }

    /** The lines of an affinity file that name this pair (for the duplicate-pair message). */
    static List<Integer> linesOf(Path file, String proposalId, String evaluatorId) throws InputException {
        List<Integer> lines = new ArrayList<>();
        try (CsvReader csv = open(file, AFFINITY_HEADER)) {
            while (csv.next()) {
                requireFields(csv, 3);
                if (csv.field(0).equals(proposalId) && csv.field(1).equals(evaluatorId)) {
                    lines.add(csv.line());
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot close " + file);
        }
        return lines;
    }

    private static CsvReader open(Path file, String header) throws InputException {
        CsvReader csv = new CsvReader(file);
        if (!csv.next()) {
            throw new InputException(file + ": empty file, expected header " + header);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < csv.fieldCount(); i++) {
            found.add(csv.field(i).toLowerCase(Locale.ROOT));
        }
        if (!String.join(",", found).equals(header)) {
            throw csv.error("expected header " + header + " but found " + String.join(",", found));
        }
        return csv;
    }

    private static void requireFields(CsvReader csv, int count) throws InputException {
        if (csv.fieldCount() != count) {
            throw csv.error("expected " + count + " fields, found " + csv.fieldCount());
        }
        for (int i = 0; i < 2; i++) {
            csv.normaliseId(i);
            if (csv.start(i) == csv.end(i)) {
                throw csv.error("empty " + (i == 0 ? "proposal" : "evaluator") + " id");
            }
        }
    }

    /**
     * Writes {@code proposal,evaluator} rows, panels in proposal order, best affinity first. Ids that a
     * spreadsheet would run as a formula get a leading quote, which {@link CsvReader} removes again.
     */
    static void writeAssignment(Path file, AssignmentResult result) throws InputException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SpreadsheetCsv csv = new SpreadsheetCsv(out, ',')) {
            csv.text("proposal").text("evaluator").endRow();
            for (Panel panel : result.panels()) {
                for (Reviewer reviewer : panel.reviewers()) {
                    csv.text(panel.proposalId()).text(reviewer.evaluatorId()).endRow();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
