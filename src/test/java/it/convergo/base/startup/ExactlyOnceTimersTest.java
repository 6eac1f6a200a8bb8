package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.convergo.Application;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalSubmissions;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A timer runs exactly once across nodes: two nodes with their job executors on, many challenges closing in the
 * same minute. Every submitted proposal gets one evaluation process, every e-mail is written once, and each
 * closing timer ran on exactly one node. Node A runs in this JVM (to prepare the data with the test fixtures),
 * node B is a JVM of its own; both on the empty database of {@link NodeDatabase}. MySQL/MariaDB only.
 */
class ExactlyOnceTimersTest {

    private static final int CHALLENGES = Integer.getInteger("convergo.test.closingChallenges", 12);
    private static final int PROPOSALS_EACH = 2;
    private static final Duration SET_UP_TIME = Duration.ofSeconds(100);
    private static final Pattern CLOSED = Pattern.compile("challenge (\\d+): CLOSES");

    @Test
    void closingTimersRunOnceAcrossTwoNodes() throws Exception {
        assumeTrue(NodeDatabase.onMysql(), "runs on MySQL/MariaDB only");
        NodeDatabase.recreate();
        List<String> arguments = new ArrayList<>(NodeDatabase.nodeArguments());
        arguments.addAll(List.of("--convergo.demo-data=false", "--flowable.async-executor-activate=true"));
        NodeProcess nodeB = null;
        try (ConfigurableApplicationContext nodeA = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).run(arguments.toArray(String[]::new))) {
            ListAppender<ILoggingEvent> nodeALog = listen();
            nodeB = NodeProcess.start("timers-node-b", "--convergo.demo-data=false", "--flowable.async-executor-activate=true");
            Instant closing = Instant.now().plus(SET_UP_TIME).truncatedTo(ChronoUnit.SECONDS);
            List<Long> challengeIds = openChallengesClosingAt(nodeA, closing);
            int submitted = submitProposals(nodeA, challengeIds);
            nodeB.awaitStarted();
            assertThat(Instant.now()).as("set-up finished before the closing time").isBefore(closing);

            try (Connection c = NodeDatabase.connect()) {
                awaitEvaluations(c, submitted, closing.plus(Duration.ofMinutes(3)));
                Thread.sleep(25_000);  // more acquisition cycles of both executors: a duplicate would show now
                long evaluations = NodeDatabase.count(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_ID_ LIKE 'proposal-evaluation:%'");
                long proposalsEvaluatedTwice = NodeDatabase.count(c, "SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST "
                        + "WHERE PROC_DEF_ID_ LIKE 'proposal-evaluation:%' GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) twice");
                long mails = NodeDatabase.count(c, "SELECT COUNT(*) FROM outbox_message");
                long mailsWrittenTwice = NodeDatabase.count(c, "SELECT COUNT(*) FROM (SELECT recipient, subject, body FROM outbox_message "
                        + "GROUP BY recipient, subject, body HAVING COUNT(*) > 1) twice");
                long closedChallenges = NodeDatabase.count(c, "SELECT COUNT(*) FROM challenge WHERE status <> 'OPEN' AND id IN ("
                        + String.join(",", challengeIds.stream().map(String::valueOf).toList()) + ")");
                List<Long> closedByA = closedBy(nodeALog.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b));
                List<Long> closedByB = closedBy(nodeB.output());
                System.out.printf("exactly-once timers: %d challenges closing at once, %d submitted, %d evaluations started, "
                                + "%d proposals evaluated twice, %d mails (%d written twice), closing timers run by node A %d, by node B %d%n",
                        CHALLENGES, submitted, evaluations, proposalsEvaluatedTwice, mails, mailsWrittenTwice,
                        closedByA.size(), closedByB.size());
                assertThat(closedChallenges).isEqualTo(CHALLENGES);
                assertThat(evaluations).as("one evaluation per submitted proposal").isEqualTo(submitted);
                assertThat(proposalsEvaluatedTwice).isZero();
                assertThat(mailsWrittenTwice).as("no e-mail written twice").isZero();
                List<Long> closings = new ArrayList<>(closedByA);
                closings.addAll(closedByB);
                assertThat(closings).as("each closing timer ran on exactly one node").containsExactlyInAnyOrderElementsOf(challengeIds);
            }
        } finally {
            if (nodeB != null) {
                nodeB.stop();
            }
        }
    }

    private static List<Long> openChallengesClosingAt(ConfigurableApplicationContext node, Instant closing) throws Exception {
        ChallengeFixtures fixtures = node.getBean(ChallengeFixtures.class);
        ChallengeEditor editor = node.getBean(ChallengeEditor.class);
        ChallengePublishing publishing = node.getBean(ChallengePublishing.class);
        Challenges challenges = node.getBean(Challenges.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CHALLENGES; i++) {
            fixtures.signIn(fixtures.firmManager());
            ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("Closing together"));
            d.setOpensAt(LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.SECONDS));
            d.setClosesAt(LocalDateTime.ofInstant(closing, Times.ROME));
            long id = editor.save(d);
            publishing.publish(id, editor.draft(id).getVersion());
            ids.add(id);
        }
        fixtures.signOut();
        // the opening timers are due at once: the job executors open the challenges
        Instant limit = Instant.now().plusSeconds(60);
        while (ids.stream().anyMatch(id -> challenges.view(id).status() != ChallengeStatus.OPEN)) {
            assertThat(Instant.now()).as("challenges opened by the job executors").isBefore(limit);
            Thread.sleep(500);
        }
        return ids;
    }

    private static int submitProposals(ConfigurableApplicationContext node, List<Long> challengeIds) throws Exception {
        ChallengeFixtures fixtures = node.getBean(ChallengeFixtures.class);
        ProposalFixtures proposals = node.getBean(ProposalFixtures.class);
        ProposalSubmissions service = node.getBean(ProposalSubmissions.class);
        int submitted = 0;
        for (long challengeId : challengeIds) {
            for (ProposalFixtures.ReadyDraft ready : proposals.readyDrafts(PROPOSALS_EACH, challengeId)) {
                fixtures.signIn(ready.user());
                service.submit(ready.proposalId(), ready.version());
                submitted++;
            }
        }
        fixtures.signOut();
        return submitted;
    }

    /** Waits until the expected evaluations have started or the limit has passed; the caller counts them. */
    private static void awaitEvaluations(Connection c, long expected, Instant limit) throws Exception {
        while (Instant.now().isBefore(limit) && NodeDatabase.count(c,
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_ID_ LIKE 'proposal-evaluation:%'") < expected) {
            Thread.sleep(1000);
        }
    }

    private static List<Long> closedBy(String log) {
        List<Long> ids = new ArrayList<>();
        Matcher m = CLOSED.matcher(log);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** Node A's timer log lines, caught in this JVM (after start-up, which resets the logging configuration). */
    private static ListAppender<ILoggingEvent> listen() {
        Logger logger = (Logger) LoggerFactory.getLogger("it.convergo.workflow.ChallengeClockDelegate");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
