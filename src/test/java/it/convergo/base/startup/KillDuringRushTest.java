package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of a node in the middle of a deadline rush: every submission that was acknowledged is in the
 * database, submitted, with its files and content hash; the drafts not yet submitted are intact; and a node
 * started afterwards on the same database comes up (the dead node's start-up lock and connections are gone)
 * and finds them. MySQL/MariaDB only.
 */
class KillDuringRushTest {

    private static final int APPLICANTS = 120;
    private static final int KILL_AFTER_ACKS = 25;

    @Test
    void acknowledgedSubmissionsSurviveKillNine() throws Exception {
        assumeTrue(NodeDatabase.onMysql(), "runs on MySQL/MariaDB only");
        NodeDatabase.recreate();
        Path acks = Paths.get("target", "nodes", "rush-acks.txt").toAbsolutePath();
        Files.createDirectories(acks.getParent());
        Files.deleteIfExists(acks);
        NodeProcess rushing = NodeProcess.start("rush-node", "--convergo.demo-data=false",
                "--flowable.async-executor-activate=false", "--convergo.test.rush-client=" + APPLICANTS,
                "--convergo.test.rush-acks=" + acks);
        NodeProcess next = null;
        try {
            Instant limit = Instant.now().plusSeconds(600);
            while (acknowledged(acks).size() < KILL_AFTER_ACKS) {
                assertThat(rushing.process().isAlive()).as("the rushing node runs").isTrue();
                assertThat(Instant.now()).as("acknowledgements before the time limit").isBefore(limit);
                Thread.sleep(100);
            }
            rushing.process().destroyForcibly();  // SIGKILL: no shutdown hook, no graceful end
            rushing.process().waitFor();
            List<Long> acked = acknowledged(acks);

            try (Connection c = NodeDatabase.connect()) {
                String ids = String.join(",", acked.stream().map(String::valueOf).toList());
                long submitted = NodeDatabase.count(c, "SELECT COUNT(*) FROM proposal WHERE status = 'SUBMITTED' AND id IN (" + ids + ")");
                long withReceipt = NodeDatabase.count(c, "SELECT COUNT(DISTINCT s.proposal_id) FROM proposal_submission s "
                        + "WHERE s.content_hash IS NOT NULL AND s.challenge_title IS NOT NULL AND s.receipt_locale IS NOT NULL "
                        + "AND s.proposal_id IN (" + ids + ")");
                long withFiles = NodeDatabase.count(c, "SELECT COUNT(DISTINCT s.proposal_id) FROM proposal_submission s "
                        + "JOIN proposal_submission_file sf ON sf.submission_id = s.id JOIN proposal_file f ON f.id = sf.file_id "
                        + "WHERE LENGTH(f.content) > 0 AND s.proposal_id IN (" + ids + ")");
                long allSubmitted = NodeDatabase.count(c, "SELECT COUNT(*) FROM proposal WHERE status = 'SUBMITTED'");
                long drafts = NodeDatabase.count(c, "SELECT COUNT(*) FROM proposal WHERE status = 'DRAFT'");
                long proposals = NodeDatabase.count(c, "SELECT COUNT(*) FROM proposal");
                System.out.printf("kill -9 during a rush: %d applicants, %d acknowledged before the kill, of them %d submitted, "
                                + "%d with hash and receipt facts, %d with their files; %d submitted in all (committed, the answer "
                                + "lost with the node), %d drafts left intact of %d proposals%n",
                        APPLICANTS, acked.size(), submitted, withReceipt, withFiles, allSubmitted, drafts, proposals);
                assertThat(submitted).as("every acknowledged submission is stored as submitted").isEqualTo(acked.size());
                assertThat(withReceipt).as("with its content hash and what its receipt shows").isEqualTo(acked.size());
                assertThat(withFiles).as("with its files").isEqualTo(acked.size());
                assertThat(drafts + allSubmitted).as("no proposal lost or half-changed").isEqualTo(proposals);
                assertThat(drafts).as("drafts not submitted are still there").isPositive();
            }

            next = NodeProcess.start("after-kill-node", "--convergo.demo-data=false", "--flowable.async-executor-activate=false");
            next.awaitStarted();
        } finally {
            rushing.stop();
            if (next != null) {
                next.stop();
            }
        }
    }

    private static List<Long> acknowledged(Path acks) throws Exception {
        if (!Files.exists(acks)) {
            return List.of();
        }
        return Files.readAllLines(acks).stream().filter(l -> l.startsWith("ACK ")).map(l -> Long.valueOf(l.substring(4).trim())).toList();
    }
}
