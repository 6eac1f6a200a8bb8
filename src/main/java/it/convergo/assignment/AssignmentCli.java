package it.convergo.assignment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command-line entry: reads CSV files, solves, prints figures and optionally writes the
 * assignment. Plain Java: it never starts Spring. Exit codes: 0 solved, 2 bad input, 3 infeasible,
 * 4 partial (with {@code --partial}: some proposals left out, the others assigned).
 */
public final class AssignmentCli {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int INFEASIBLE = 3;
    static final int PARTIAL = 4;
    private static final int REASONS_SHOWN = 50;

    static final String USAGE = """
            usage: AssignmentCli --affinity FILE --reviews-per-proposal K [options]
              --affinity FILE             CSV proposal,evaluator,affinity (integer; <= -100 is a conflict);
                                          only listed pairs can be assigned
              --reviews-per-proposal K    evaluators per proposal
              --conflicts FILE            CSV proposal,evaluator: pairs never assigned
              --locked FILE               CSV proposal,evaluator: pairs always assigned
              --excluded FILE             CSV proposal,evaluator: pairs not assigned
              --max-load L                reviews per evaluator at most (default ceil(K x proposals / evaluators))
              --min-load M                reviews per evaluator at least (default 0)
              --fair                      raise the worst panel first, then the total (heuristic)
              --skip-unknown              skip pair rows naming ids not in the affinity file (default: refuse)
              --partial                   if not every proposal can be covered, assign the others (exit code 4)
              --output FILE               write the assignment as CSV proposal,evaluator
            """;

    private AssignmentCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        AssignmentProblem problem;
        long readNanos;
        try {
            options = CliOptions.parse(args);
            if (options.help()) {
                out.print(USAGE);
                return OK;
            }
            long start = System.nanoTime();
            problem = CliInput.read(options, err);
            readNanos = System.nanoTime() - start;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        OrTools.load(); // once per JVM, not part of the solve time
        long start = System.nanoTime();
        AssignmentOptions solveOptions = options.fair() ? AssignmentOptions.fairMode() : AssignmentOptions.maxTotal();
        AssignmentResult result = new AssignmentSolver().solve(problem, solveOptions);
        long solveNanos = System.nanoTime() - start;
        int success = OK;
        if (!result.isFeasible() && options.partial()) {
            printInfeasible(err, result.infeasibilities());
            PartialAssignment partial = PartialAssignment.solve(problem, result, solveOptions);
            problem = partial.problem();
            result = partial.result();
            printUncovered(out, partial);
            success = PARTIAL;
        }
        printFigures(out, problem, result, readNanos, solveNanos);
        if (!result.isFeasible()) {
            printInfeasible(err, result.infeasibilities());
            if (!options.partial()) {
                err.println("(--partial assigns the proposals that can be covered)");
            }
            return INFEASIBLE;
        }
        if (options.output() != null) {
            try {
                AssignmentCsv.writeAssignment(options.output(), result);
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            out.println(line("output", options.output().toString()));
        }
        return success;
    }

    private static void printFigures(PrintStream out, AssignmentProblem problem, AssignmentResult result,
                                     long readNanos, long solveNanos) {
        out.println(line("proposals", problem.proposalCount()));
        out.println(line("evaluators", problem.evaluatorCount()));
        out.println(line("pairs", problem.pairCount()));
        out.println(line("read time", seconds(readNanos)));
        out.println(line("solve time", seconds(solveNanos)));
        if (!result.isFeasible()) {
            out.println(line("result", "infeasible"));
            return;
        }
        AssignmentStats stats = result.stats();
        out.println(line("mode", mode(result)));
        out.println(line("total affinity", stats.totalAffinity()));
        out.println(line("min panel affinity", stats.minPanelAffinity()));
        out.println(line("p10 panel affinity", stats.p10PanelAffinity()));
        out.println(line("max load", stats.maxLoad()));
        out.println(line("min load", stats.minLoad()));
        out.println(line("conflict violations", stats.conflictViolations()));
    }

    private static String mode(AssignmentResult result) {
        if (result.status() == AssignmentResult.Status.OPTIMAL) {
            return "max total (optimal)";
        }
        String worst = result.isMinPanelOptimal() ? "worst panel optimal"
                : "worst panel not proven optimal, bound " + result.minPanelUpperBound();
        String total = result.isTotalOptimal() ? "total optimal" : "total not optimal, optimum " + result.optimalTotal();
        return "fair (" + worst + "; " + total + ")";
    }

    private static void printUncovered(PrintStream out, PartialAssignment partial) {
        out.println(line("uncovered", partial.uncovered().size() + " proposals left out, the others assigned: "
                + String.join(", ", partial.uncovered().keySet())));
        partial.uncovered().values().stream().distinct().forEach(reason -> out.println("  " + reason));
    }

    private static void printInfeasible(PrintStream err, List<Infeasibility> reasons) {
        err.println("infeasible: no complete assignment exists");
        reasons.stream().limit(REASONS_SHOWN).forEach(r -> err.println("  " + r.message()));
        if (reasons.size() > REASONS_SHOWN) {
            err.println("  ... and " + (reasons.size() - REASONS_SHOWN) + " more");
        }
    }

    private static String line(String name, Object value) {
        return String.format(Locale.ROOT, "%-20s %s", name + ":", value);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
