package it.convergo.assignment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads the command line's files into a problem. Ids match the same way in every file (see
 * {@link CsvReader#normaliseId}); a conflicts, locked or excluded row naming an id the affinity file does not
 * have is refused with its line, or skipped and counted with {@code --skip-unknown}.
 */
final class CliInput {

    static final int LINES_SHOWN = 10;

    private CliInput() {
    }

    static AssignmentProblem read(CliOptions options, PrintStream err) throws InputException {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(options.reviewsPerProposal());
        AssignmentCsv.readAffinities(options.affinity(), builder);
        pairs(options.conflicts(), builder, options.skipUnknown(), err, builder::conflict);
        pairs(options.locked(), builder, options.skipUnknown(), err, builder::lock);
        pairs(options.excluded(), builder, options.skipUnknown(), err, builder::exclude);
        if (options.maxLoad() >= 0) {
            builder.defaultMaxLoad(options.maxLoad());
        }
        if (options.minLoad() >= 0) {
            builder.defaultMinLoad(options.minLoad());
        }
        try {
            return builder.build();
        } catch (DuplicatePairException e) {
            List<Integer> lines = AssignmentCsv.linesOf(options.affinity(), e.proposalId(), e.evaluatorId());
            throw new InputException(options.affinity() + " line " + lines.getLast() + ": " + e.getMessage()
                    + " (first on line " + lines.getFirst() + ")");
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static void pairs(Path file, AssignmentProblem.Builder builder, boolean skipUnknown, PrintStream err,
                              BiConsumer<String, String> apply) throws InputException {
        if (file == null) {
            return;
        }
        List<AssignmentCsv.Pair> rows = AssignmentCsv.readPairs(file);
        List<AssignmentCsv.Pair> unknown = rows.stream()
                .filter(r -> !builder.knows(r.proposalId(), r.evaluatorId())).toList();
        if (!unknown.isEmpty() && !skipUnknown) {
            throw new InputException(file + ": " + describe(unknown, builder)
                    + "\n(ids must appear in the affinity file; --skip-unknown skips such rows)");
        }
        if (!unknown.isEmpty()) {
            err.println("warning: " + file + ": skipped " + describe(unknown, builder));
        }
        rows.stream().filter(r -> builder.knows(r.proposalId(), r.evaluatorId()))
                .forEach(r -> apply.accept(r.proposalId(), r.evaluatorId()));
    }

    private static String describe(List<AssignmentCsv.Pair> unknown, AssignmentProblem.Builder builder) {
        StringBuilder text = new StringBuilder(unknown.size() + (unknown.size() == 1 ? " row" : " rows")
                + " with ids not in the affinity file");
        unknown.stream().limit(LINES_SHOWN).forEach(r -> text.append("\n  line ").append(r.line()).append(": ")
                .append(r.proposalId()).append(',').append(r.evaluatorId()));
        if (unknown.size() > LINES_SHOWN) {
            text.append("\n  ... and ").append(unknown.size() - LINES_SHOWN).append(" more");
        }
        return text.toString();
    }
}
