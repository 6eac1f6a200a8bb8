package it.convergo.assignment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints solver figures; never asserts on time. Run with {@code mvn -q -Pbench test-compile exec:exec}
 * (heap limited to 2 GB there). Affinities are uniform 0..99 with 0.5 % conflicts unless said
 * otherwise; all seeded.
 *
 * <ol>
 *   <li>2,000 proposals x 400 evaluators x 3 reviews, dense, built in memory: max-total and fair</li>
 *   <li>the same size with topic-skewed affinities, where fair mode matters</li>
 *   <li>10,000 x 1,000 x 3 (10 million pairs): CSV written to a temp file, then the command line
 *       end to end (read + solve + write)</li>
 * </ol>
 */
public final class AssignmentBenchmark {

    private static final int REVIEWS = 3;

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        warmUp();
        medium();
        skewed();
        large();
    }

    private static void warmUp() {
        new AssignmentSolver().solve(generate(50, 20, 1));
    }

    private static void medium() {
        System.out.println("== 2,000 x 400 x 3, dense, in memory");
        long start = System.nanoTime();
        AssignmentProblem problem = generate(2_000, 400, 42);
        System.out.println(figure("generate", seconds(System.nanoTime() - start)));
        AssignmentSolver solver = new AssignmentSolver();
        AssignmentResult result = null;
        for (int run = 1; run <= 3; run++) {
            start = System.nanoTime();
            result = solver.solve(problem);
            System.out.println(figure("solve run " + run, seconds(System.nanoTime() - start)));
        }
        print(result);
        start = System.nanoTime();
        AssignmentResult fair = solver.solve(problem, AssignmentOptions.fairMode());
        System.out.println(figure("fair solve", seconds(System.nanoTime() - start)));
        print(fair);
        System.out.println(figure("fair optimality", "total " + fair.isTotalOptimal() + " (optimum "
                + fair.optimalTotal() + "), worst panel " + fair.isMinPanelOptimal() + " (bound "
                + fair.minPanelUpperBound() + ")"));
    }

    /**
     * Same size, but proposals follow 20 topics with Zipf popularity while evaluators spread evenly:
     * popular topics run out of experts, so maximum total leaves some panels weak and fair mode has
     * work to do. Same topic: affinity 60..99, otherwise 0..29.
     */
    private static void skewed() {
        System.out.println("== 2,000 x 400 x 3, dense, 20 topics with Zipf popularity");
        SplittableRandom random = new SplittableRandom(11);
        int topics = 20;
        double[] cumulative = new double[topics];
        double sum = 0;
        for (int t = 0; t < topics; t++) {
            sum += 1.0 / (t + 1);
            cumulative[t] = sum;
        }
        AssignmentProblem.Builder builder = AssignmentProblem.builder(REVIEWS);
        int[] proposalTopic = new int[2_000];
        for (int p = 0; p < proposalTopic.length; p++) {
            builder.proposal("P" + p);
            double draw = random.nextDouble() * sum;
            while (cumulative[proposalTopic[p]] < draw) {
                proposalTopic[p]++;
            }
        }
        for (int e = 0; e < 400; e++) {
            builder.evaluator("E" + e);
        }
        for (int p = 0; p < proposalTopic.length; p++) {
            for (int e = 0; e < 400; e++) {
                int affinity = e % topics == proposalTopic[p] ? 60 + random.nextInt(40) : random.nextInt(30);
                builder.affinity(p, e, random.nextInt(200) == 0 ? AssignmentProblem.CONFLICT_AFFINITY : affinity);
            }
        }
        AssignmentProblem problem = builder.build();
        AssignmentSolver solver = new AssignmentSolver();
        long start = System.nanoTime();
        AssignmentResult plain = solver.solve(problem);
        System.out.println(figure("solve", seconds(System.nanoTime() - start)));
        print(plain);
        start = System.nanoTime();
        AssignmentResult fair = solver.solve(problem, AssignmentOptions.fairMode());
        System.out.println(figure("fair solve", seconds(System.nanoTime() - start)));
        print(fair);
        System.out.println(figure("fair optimality", "total " + fair.isTotalOptimal() + " (optimum "
                + fair.optimalTotal() + "), worst panel " + fair.isMinPanelOptimal() + " (bound "
                + fair.minPanelUpperBound() + ")"));
    }

    private static void large() throws IOException {
        System.out.println("== 10,000 x 1,000 x 3, 10 million pairs, command line end to end");
        Path dir = Files.createTempDirectory("assignment-bench");
        Path csv = dir.resolve("affinity.csv");
        Path output = dir.resolve("assignment.csv");
        try {
            long start = System.nanoTime();
            writeCsv(csv, 10_000, 1_000, 7);
            System.out.println(figure("write csv", seconds(System.nanoTime() - start)
                    + ", " + Files.size(csv) / (1 << 20) + " MB"));
            System.gc();
            resetPeaks();
            start = System.nanoTime();
            int code = AssignmentCli.run(new String[] {"--affinity", csv.toString(), "--reviews-per-proposal",
                    String.valueOf(REVIEWS), "--output", output.toString()}, System.out, System.err);
            System.out.println(figure("exit code", code));
            System.out.println(figure("end to end", seconds(System.nanoTime() - start)));
            System.out.println(figure("peak heap used", peakHeapMb() + " MB of max "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB"));
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(output);
            Files.deleteIfExists(dir);
        }
    }

    private static AssignmentProblem generate(int proposals, int evaluators, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AssignmentProblem.Builder builder = AssignmentProblem.builder(REVIEWS);
        for (int p = 0; p < proposals; p++) {
            builder.proposal("P" + p);
        }
        for (int e = 0; e < evaluators; e++) {
            builder.evaluator("E" + e);
        }
        for (int p = 0; p < proposals; p++) {
            for (int e = 0; e < evaluators; e++) {
                builder.affinity(p, e, affinity(random));
            }
        }
        return builder.build();
    }

    private static int affinity(SplittableRandom random) {
        return random.nextInt(200) == 0 ? AssignmentProblem.CONFLICT_AFFINITY : random.nextInt(100);
    }

    private static void writeCsv(Path file, int proposals, int evaluators, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("proposal,evaluator,affinity\n".getBytes(StandardCharsets.US_ASCII));
            for (int p = 0; p < proposals; p++) {
                byte[] proposal = ("P" + p + ",").getBytes(StandardCharsets.US_ASCII);
                for (int e = 0; e < evaluators; e++) {
                    out.write(proposal);
                    out.write(("E" + e + "," + affinity(random) + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    private static void print(AssignmentResult result) {
        AssignmentStats stats = result.stats();
        System.out.println(figure("status", result.status()));
        System.out.println(figure("total affinity", stats.totalAffinity()));
        System.out.println(figure("min panel affinity", stats.minPanelAffinity()));
        System.out.println(figure("p10 panel affinity", stats.p10PanelAffinity()));
        System.out.println(figure("load max/min", stats.maxLoad() + "/" + stats.minLoad()));
        System.out.println(figure("conflict violations", stats.conflictViolations()));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper estimate of the peak heap in use. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1 << 20);
    }

    private static String figure(String name, Object value) {
        return String.format(Locale.ROOT, "%-20s %s", name + ":", value);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
