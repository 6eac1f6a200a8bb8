package it.convergo.proposal;

import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.support.SpringTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: the deadline rush at the service layer. Prepares N complete drafts for N different applicants,
 * then from C concurrent clients each uploads a 1 MB PDF and submits, and prints throughput, latency
 * percentiles of upload + submit, receipts issued, submissions found stored and failures. Asserts nothing.
 * <pre>
 * ./mvnw -B -ntp test -Dtest=RushBenchmark [-Drush.n=1000] [-Drush.clients=50,200] [-Drush.warmup=200]
 * (on MySQL/MariaDB add -Pmysql and the CONVERGO_DB_* variables)
 * </pre>
 */
public class RushBenchmark extends SpringTest {

    private static final int N = Integer.getInteger("rush.n", 1000);
    /** One or more client counts, comma separated ("50,200"): one round with fresh drafts for each. */
    private static final String CLIENTS = System.getProperty("rush.clients", "50");

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;


    /**
     * Submissions made first and not counted: a portal at its deadline has run for days, its code is compiled;
     * without this the just-in-time compiler takes as much CPU as the submissions themselves.
     */
    private static final int WARM_UP = Integer.getInteger("rush.warmup", 200);

    @Test
    void deadlineRush() throws Exception {
        if (WARM_UP > 0) {
            round(WARM_UP, 20, false);
        }
        for (String clients : CLIENTS.split(",")) {
            round(N, Integer.parseInt(clients.trim()), true);
        }
    }

    private void round(int n, int clientCount, boolean report) throws Exception {
        Path pdf = TestPdfs.write(dir, "annex.pdf", oneMegabytePdf());
        long prepStart = System.nanoTime();
        ProposalFixtures.Rush rush = proposals.rush("Rush benchmark", n);
        long challengeId = rush.challengeId();
        List<ProposalFixtures.ReadyDraft> applicants = rush.drafts();
        // applicants at a deadline have signed in long before it: their sessions hold who they are
        List<Authentication> sessions = applicants.stream().map(a -> {
            fixtures.signIn(a.user());
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            fixtures.signOut();
            return signedIn;
        }).toList();
        System.out.printf("%nRush benchmark%s: %d drafts prepared in %d s; PDF %d bytes; %d clients; %s; pool %s; load %s%n",
                report ? "" : " (warm-up, not counted)", n, (System.nanoTime() - prepStart) / 1_000_000_000L, Files.size(pdf), clientCount, database(), pool(), load());

        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger receipts = new AtomicInteger();
        long[] total = new long[n];
        long[] submitOnly = new long[n];
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        long portalCpu = portalCpuNanos();
        long databaseCpu = databaseCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProposalFixtures.ReadyDraft a = applicants.get(i);
            int slot = i;
            runs.add(clients.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    SecurityContextHolder.getContext().setAuthentication(sessions.get(slot));
                    uploads.upload(a.proposalId(), null, "annex.pdf", pdf);
                    long t1 = System.nanoTime();
                    submissions.submit(a.proposalId(), a.version());
                    receipts.incrementAndGet();
                    submitOnly[slot] = System.nanoTime() - t1;
                } catch (Throwable t) {
                    failures.add(t);
                    submitOnly[slot] = -1;
                } finally {
                    total[slot] = System.nanoTime() - t0;
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        portalCpu = portalCpuNanos() - portalCpu;
        databaseCpu = databaseCpuNanos() - databaseCpu;
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);

        Integer stored = jdbc.queryForObject("select count(*) from proposal_submission s join proposal p on p.id = s.proposal_id "
                + "where p.challenge_id = ?", Integer.class, challengeId);
        if (!report) {
            return;
        }
        System.out.printf("Rush benchmark: N=%d C=%d: %.1f submissions/s; upload+submit p50 %s p95 %s p99 %s max %s; "
                        + "submit alone p50 %s p99 %s; receipts %d; stored %d; failed %d; load %s%n",
                n, clientCount, n / seconds, ms(total, 50), ms(total, 95), ms(total, 99), ms(total, 100), ms(submitOnly, 50),
                ms(submitOnly, 99), receipts.get(), stored, failures.size(), load());
        System.out.printf("Rush benchmark: CPU per upload + submit: portal %.1f ms (benchmark clients included), database server %s%n",
                portalCpu / 1e6 / n, databaseCpu < 0 ? "not measured (not a local process)" : String.format("%.1f ms", databaseCpu / 1e6 / n));
        failures.stream().limit(3).forEach(Throwable::printStackTrace);
    }


    /** One text page with an incompressible image: about 1 MB, like a typical annex with a photo. */
    /** A one-page PDF of about 1 MB (an incompressible image), also the file of the HTTP load test. */
    public static byte[] oneMegabytePdf() {
        return TestPdfs.pdf(1, "Annex", doc -> {
            BufferedImage image = new BufferedImage(600, 580, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(42);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
                out.drawImage(LosslessFactory.createFromImage(doc, image), 72, 72, 300, 290);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The nearest-rank percentile in milliseconds, failed runs (negative) left out. */
    private static String ms(long[] nanos, int percentile) {
        long[] ok = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
        if (ok.length == 0) {
            return "-";
        }
        int rank = Math.max(1, (int) Math.ceil(percentile / 100.0 * ok.length));
        return ok[rank - 1] / 1_000_000 + " ms";
    }

    private static long portalCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of a local MariaDB/MySQL server process (user + system, from /proc), or -1 when there is none
     * (H2 runs inside the portal and is counted there).
     */
    private long databaseCpuNanos() {
        if (!database().toLowerCase().contains("mysql")) {
            return -1;
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (!comm.equals("mariadbd") && !comm.equals("mysqld")) {
                        return -1;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // USER_HZ is 100 on Linux
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            }).max().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private String database() {
        try (var con = dataSource.getConnection()) {
            return con.getMetaData().getDatabaseProductName() + " " + con.getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }

    private String pool() {
        return dataSource instanceof com.zaxxer.hikari.HikariDataSource h
                ? "max " + h.getMaximumPoolSize() + ", timeout " + h.getConnectionTimeout() / 1000 + " s" : "?";
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
