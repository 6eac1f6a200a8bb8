package it.convergo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalSubmitted;
import it.convergo.support.SpringTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against a real HTTP receiver on 127.0.0.1: signed deliveries of real domain events,
 * retries with backoff, nothing for a rolled-back cause, no identity in a blind challenge's payload, one firm
 * never reaching another's endpoints, and the addresses refused.
 */
class WebhooksTest extends SpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    WebhookEndpoints webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookDeliveryRepository deliveries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditLog audit;

    @Test
    void aPublishedChallengeIsDeliveredOnTheFirstTrySignedWithTheSecretShownOnce() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UserAccount manager = challenges.firmManager();
            challenges.signIn(manager);
            NewSecret created = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_PUBLISHED));
            assertThat(created.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
            assertThat(webhooks.mine()).extracting(EndpointRow::url).containsExactly(receiver.url());

            String title = ChallengeFixtures.unique("Heat recovery");
            long challenge = challenges.published(title);

            Receiver.Request request = receiver.await(1).getFirst();
            assertThat(Receiver.verified(request, created.secret())).isTrue();
            assertThat(Receiver.verified(request, "whsec_someone-else")).isFalse();
            assertThat(request.header("Convergo-Event")).isEqualTo("challenge.published");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            JsonNode payload = JSON.readTree(request.body());
            assertThat(payload.get("type").asString()).isEqualTo("challenge.published");
            assertThat(payload.get("id").asString()).isEqualTo(request.header("Convergo-Delivery"));
            assertThat(Instant.parse(payload.get("occurredAt").asString())).isCloseTo(Instant.now(), within(60));
            assertThat(payload.at("/data/challenge/id").asLong()).isEqualTo(challenge);
            assertThat(payload.at("/data/challenge/title").asString()).isEqualTo(title);
            assertThat(Math.abs(Long.parseLong(request.header("Convergo-Timestamp")) - Instant.now().getEpochSecond()))
                    .isLessThan(60);

            List<AttemptRow> log = awaitLog(created.endpoint().id(), 1);
            assertThat(log.getFirst().httpStatus()).isEqualTo(200);
            assertThat(log.getFirst().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(log.getFirst().redeliverable()).isFalse();
            // the secret is nowhere in what the firm's page reads afterwards
            assertThat(webhooks.mine().toString()).doesNotContain(created.secret());
        }
    }

    @Test
    void aChallengeClosingAtItsDeadlineIsAnnouncedOnceToTheEndpointsThatAskedForIt() throws Exception {
        try (Receiver closed = new Receiver(); Receiver other = new Receiver()) {
            challenges.signIn(challenges.firmManager());
            NewSecret created = webhooks.create(closed.url(), EnumSet.of(WebhookEvent.CHALLENGE_CLOSED));
            long published = webhooks.create(other.url(), EnumSet.of(WebhookEvent.CHALLENGE_PUBLISHED)).endpoint().id();
            long challenge = challenges.open(ChallengeFixtures.unique("Closing"));
            other.await(1);

            challenges.fireLifecycleTimer(challenge);
            Receiver.Request request = closed.await(1).getFirst();
            assertThat(Receiver.verified(request, created.secret())).isTrue();
            assertThat(request.header("Convergo-Event")).isEqualTo("challenge.closed");
            assertThat(JSON.readTree(request.body()).at("/data/challenge/id").asLong()).isEqualTo(challenge);
            // the same close announced again (an overdue timer) is not sent twice
            tx().executeWithoutResult(s -> events.publishEvent(new it.convergo.workflow.ChallengeClock(challenge,
                    it.convergo.workflow.ChallengeClock.Moment.CLOSES)));
            Thread.sleep(300);
            assertThat(closed.requests()).hasSize(1);
            assertThat(other.requests()).hasSize(1);
            assertThat(webhooks.countLog(published)).isEqualTo(1);
        }
    }

    @Test
    void publishedResultsAreAnnounced() throws Exception {
        try (Receiver receiver = new Receiver()) {
            challenges.signIn(challenges.firmManager());
            webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.RESULTS_PUBLISHED));
            long challenge = challenges.published(ChallengeFixtures.unique("Results"));
            // the lifecycle's "publish" service task announces it so, in the transaction of ResultsService.publish
            tx().executeWithoutResult(s -> events.publishEvent(new it.convergo.workflow.ChallengeClock(challenge,
                    it.convergo.workflow.ChallengeClock.Moment.RESULTS_PUBLISHED)));
            Receiver.Request request = receiver.await(1).getFirst();
            assertThat(request.header("Convergo-Event")).isEqualTo("results.published");
            assertThat(JSON.readTree(request.body()).at("/data/challenge/id").asLong()).isEqualTo(challenge);
        }
    }

    @Test
    void aReceiverAnswering500IsRetriedAfterAMinuteAndEveryAttemptIsLogged() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            challenges.signIn(challenges.firmManager());
            long endpoint = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_CLOSED)).endpoint().id();
            webhooks.sendTest(endpoint);
            receiver.await(1);
            AttemptRow first = awaitLog(endpoint, 1).getFirst();
            assertThat(first.httpStatus()).isEqualTo(500);
            assertThat(first.error()).isEqualTo("HTTP 500");
            assertThat(first.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(Duration.between(first.attemptedAt(), first.nextAttemptAt())).isEqualTo(Duration.ofMinutes(1));

            // not due yet: nothing is sent
            assertThat(sender.runDue(first.attemptedAt().plusSeconds(30))).isZero();
            assertThat(sender.runDue(first.nextAttemptAt())).isEqualTo(1);
            List<Receiver.Request> received = receiver.await(2);
            assertThat(received.get(1).header("Convergo-Delivery")).isEqualTo(received.get(0).header("Convergo-Delivery"));
            assertThat(received.get(1).header("Convergo-Event")).isEqualTo("ping");

            List<AttemptRow> log = webhooks.log(endpoint, PageRequest.of(0, 10));
            assertThat(log).extracting(AttemptRow::number).containsExactly(2, 1);
            assertThat(log).extracting(AttemptRow::httpStatus).containsExactly(200, 500);
            assertThat(log).allMatch(a -> a.deliveryStatus() == DeliveryStatus.DELIVERED);
            assertThat(sender.runDue(first.nextAttemptAt().plus(Duration.ofDays(1)))).isZero();
        }
    }

    @Test
    void nodesRunningTheRetryPassAtTheSameMomentSendEachAttemptOnce() throws Exception {
        try (Receiver receiver = new Receiver(503)) {
            challenges.signIn(challenges.firmManager());
            long endpoint = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_CLOSED)).endpoint().id();
            webhooks.sendTest(endpoint);
            Instant due = awaitLog(endpoint, 1).getFirst().nextAttemptAt();

            int nodes = 4;
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> passes = new java.util.ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                passes.add(pool.submit(() -> {
                    start.await();
                    return sender.runDue(due);
                }));
            }
            start.countDown();
            int attempted = 0;
            for (Future<Integer> pass : passes) {
                attempted += pass.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            System.out.printf("webhook retry pass on %d nodes at once: %d attempt(s) sent, receiver got %d request(s)%n",
                    nodes, attempted, receiver.requests().size());
            assertThat(attempted).isEqualTo(1);
            assertThat(receiver.requests()).hasSize(2);
            assertThat(webhooks.log(endpoint, PageRequest.of(0, 10))).extracting(AttemptRow::number).containsExactly(2, 1);
        }
    }

    @Test
    void aReceiverThatIsDownIsRetriedWithBackoffThenGivenUpAndCanBeRedelivered() throws Exception {
        Receiver down = new Receiver();
        String url = down.url();
        down.close();
        challenges.signIn(challenges.firmManager());
        long endpoint = webhooks.create(url, EnumSet.of(WebhookEvent.CHALLENGE_CLOSED)).endpoint().id();
        webhooks.sendTest(endpoint);
        AttemptRow last = awaitLog(endpoint, 1).getFirst();
        assertThat(last.httpStatus()).isNull();
        assertThat(last.error()).isNotBlank();

        for (Duration wait : WebhookSender.BACKOFF) {
            assertThat(Duration.between(last.attemptedAt(), last.nextAttemptAt())).isEqualTo(wait);
            assertThat(sender.runDue(last.nextAttemptAt().minusSeconds(1))).isZero();
            assertThat(sender.runDue(last.nextAttemptAt())).isEqualTo(1);
            last = webhooks.log(endpoint, PageRequest.of(0, 1)).getFirst();
        }
        assertThat(last.number()).isEqualTo(WebhookSender.BACKOFF.size() + 1);
        assertThat(last.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(last.redeliverable()).isTrue();
        assertThat(webhooks.countLog(endpoint)).isEqualTo(6);
        assertThat(sender.runDue(last.attemptedAt().plus(Duration.ofDays(30)))).isZero();

        // the firm fixed its server: a redelivery sends the same event once more
        try (Receiver back = new Receiver()) {
            webhooks.change(endpoint, webhooks.mine().getFirst().version(), back.url(),
                    EnumSet.of(WebhookEvent.CHALLENGE_CLOSED), true);
            webhooks.redeliver(endpoint, last.deliveryId());
            back.await(1);
            AttemptRow redelivered = awaitLog(endpoint, 7).getFirst();
            assertThat(redelivered.httpStatus()).isEqualTo(200);
            assertThat(redelivered.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(back.requests().getFirst().header("Convergo-Delivery")).isEqualTo(last.eventId());
            long delivery = last.deliveryId();
            assertThatThrownBy(() -> webhooks.redeliver(endpoint, delivery))
                    .isInstanceOf(UserFacingException.class).hasMessage("webhook.error.notFailed");
            assertThat(audit.about(List.of("webhook:" + endpoint), 20)).extracting(it.convergo.audit.AuditEvent::getAction)
                    .contains("webhook.redelivered");
        }
    }

    @Test
    void aRolledBackCauseSendsNothingAndACommittedOneIsWrittenOnce() throws Exception {
        try (Receiver receiver = new Receiver()) {
            challenges.signIn(challenges.firmManager());
            long endpoint = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.PROPOSAL_SUBMITTED)).endpoint().id();
            long challenge = challenges.published(ChallengeFixtures.unique("Rollback"));
            TransactionTemplate tx = new TransactionTemplate(transactions);

            tx.executeWithoutResult(status -> {
                events.publishEvent(new ProposalSubmitted(987_654_321L, challenge, 1));
                status.setRollbackOnly();
            });
            Thread.sleep(300);
            assertThat(receiver.requests()).isEmpty();
            assertThat(webhooks.countLog(endpoint)).isZero();
            assertThat(sender.runDue(Instant.now().plus(Duration.ofDays(1)))).isZero();

            // the same fact committed twice (an event announced again) is delivered once
            tx.executeWithoutResult(status -> events.publishEvent(new ProposalSubmitted(987_654_321L, challenge, 1)));
            tx.executeWithoutResult(status -> events.publishEvent(new ProposalSubmitted(987_654_321L, challenge, 1)));
            receiver.await(1);
            Thread.sleep(300);
            assertThat(receiver.requests()).hasSize(1);
        }
    }

    @Test
    void aSubmissionToABlindChallengeCarriesNoIdentityAndNoContent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UserAccount manager = challenges.firmManager();
            challenges.signIn(manager);
            NewSecret created = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.PROPOSAL_SUBMITTED));
            ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Blind vision"));
            draft.setBlindEvaluation(true);
            LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
            draft.setOpensAt(now);
            draft.setClosesAt(now.plusDays(30));
            long challenge = challenges.publishAndOpen(draft);
            UserAccount applicant = challenges.applicant();
            long proposal = proposals.submitted(applicant, challenge);

            Receiver.Request request = receiver.await(1).getFirst();
            assertThat(Receiver.verified(request, created.secret())).isTrue();
            assertThat(request.header("Convergo-Event")).isEqualTo("proposal.submitted");
            JsonNode payload = JSON.readTree(request.body());
            assertThat(payload.at("/data/proposal/id").asLong()).isEqualTo(proposal);
            assertThat(payload.at("/data/proposal/submissionVersion").asInt()).isEqualTo(1);
            assertThat(payload.at("/data/challenge/blind").asBoolean()).isTrue();
            assertThat(request.body()).doesNotContain(applicant.getEmail(), applicant.getFullName(),
                    applicant.getOrganisation().getName(), "Vision retrofit", "organisation");
        }
    }

    @Test
    void anotherFirmNeitherSeesNorChangesTheEndpointsOrTheirLog() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UserAccount managerA = challenges.firmManager();
            challenges.signIn(managerA);
            EndpointRow a = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_CLOSED)).endpoint();
            webhooks.sendTest(a.id());
            long delivery = awaitLog(a.id(), 1).getFirst().deliveryId();

            challenges.signIn(challenges.firmManager());
            assertThat(webhooks.mine()).isEmpty();
            List<Runnable> foreign = List.of(
                    () -> webhooks.log(a.id(), PageRequest.of(0, 10)),
                    () -> webhooks.countLog(a.id()),
                    () -> webhooks.change(a.id(), a.version(), receiver.url(), Set.of(WebhookEvent.CHALLENGE_CLOSED), false),
                    () -> webhooks.rotateSecret(a.id()),
                    () -> webhooks.sendTest(a.id()),
                    () -> webhooks.redeliver(a.id(), delivery),
                    () -> webhooks.delete(a.id()));
            for (Runnable call : foreign) {
                assertThatThrownBy(call::run).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");
            }
            // a colleague of the same firm manages them
            challenges.signIn(challenges.colleagueOf(managerA));
            assertThat(webhooks.mine()).extracting(EndpointRow::id).containsExactly(a.id());

            challenges.signIn(challenges.applicant());
            assertThatThrownBy(webhooks::mine).isInstanceOf(AccessDeniedException.class);
            assertThat(receiver.requests()).hasSize(1);
        }
    }

    @Test
    void addressesInsideThePortalsNetworkOrWithoutHttpsAreRefused() {
        challenges.signIn(challenges.firmManager());
        assertRefused("https://10.0.0.5/hook", "webhook.error.privateAddress");
        assertRefused("https://192.168.1.20/hook", "webhook.error.privateAddress");
        assertRefused("https://169.254.169.254/latest/meta-data", "webhook.error.privateAddress");
        assertRefused("https://[::1]/hook", "webhook.error.privateAddress");
        assertRefused("https://[fd00::1]/hook", "webhook.error.privateAddress");
        assertRefused("https://100.64.0.1/hook", "webhook.error.privateAddress");
        assertRefused("http://hooks.example.com/hook", "webhook.error.httpsOnly");
        assertRefused("https://user:secret@hooks.example.com/", "webhook.error.url");
        assertRefused("ftp://hooks.example.com/", "webhook.error.url");
        assertRefused("not an address", "webhook.error.url");
        assertRefused("https://hooks.invalid/", "webhook.error.unresolvable");
        assertThatThrownBy(() -> webhooks.create("https://hooks.example.com/", Set.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("webhook.error.events");
        assertThat(webhooks.mine()).isEmpty();

        // in production even the portal's own machine is refused, over HTTP or HTTPS
        WebhookUrls production = new WebhookUrls(false);
        assertThatThrownBy(() -> production.check("http://127.0.0.1:8080/hook")).hasMessage("webhook.error.httpsOnly");
        assertThatThrownBy(() -> production.check("https://127.0.0.1/hook")).hasMessage("webhook.error.privateAddress");
        assertThatThrownBy(() -> production.check("https://localhost/hook")).hasMessage("webhook.error.privateAddress");
        assertThatThrownBy(() -> production.check("https://0.0.0.0/hook")).hasMessage("webhook.error.privateAddress");
        assertThat(production.check("https://8.8.8.8/hook").getHost()).isEqualTo("8.8.8.8");
    }

    @Test
    void changesToAnEndpointAreAuditedAndAStaleVersionIsRefused() throws Exception {
        try (Receiver receiver = new Receiver()) {
            challenges.signIn(challenges.firmManager());
            NewSecret created = webhooks.create(receiver.url(), EnumSet.of(WebhookEvent.CHALLENGE_CLOSED));
            long id = created.endpoint().id();
            EndpointRow paused = webhooks.change(id, created.endpoint().version(), receiver.url(),
                    EnumSet.of(WebhookEvent.RESULTS_PUBLISHED), false);
            assertThat(paused.active()).isFalse();
            assertThatThrownBy(() -> webhooks.change(id, created.endpoint().version(), receiver.url(),
                    EnumSet.of(WebhookEvent.CHALLENGE_CLOSED), true))
                    .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
            NewSecret rotated = webhooks.rotateSecret(id);
            assertThat(rotated.secret()).isNotEqualTo(created.secret());

            // the test event goes to a paused endpoint too, signed with the new secret only
            webhooks.sendTest(id);
            Receiver.Request ping = receiver.await(1).getFirst();
            assertThat(Receiver.verified(ping, rotated.secret())).isTrue();
            assertThat(Receiver.verified(ping, created.secret())).isFalse();
            webhooks.delete(id);
            assertThat(webhooks.mine()).isEmpty();
            assertThat(deliveries.findAll()).noneMatch(d -> d.endpointId == id);
            assertThat(audit.about(List.of("webhook:" + id), 20)).extracting(it.convergo.audit.AuditEvent::getAction)
                    .contains("webhook.created", "webhook.changed", "webhook.secretRotated", "webhook.tested",
                            "webhook.deleted");
        }
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    private void assertRefused(String url, String key) {
        assertThatThrownBy(() -> webhooks.create(url, EnumSet.of(WebhookEvent.CHALLENGE_CLOSED)))
                .isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    /** The endpoint's log once it holds {@code count} attempts (the first attempt runs after the commit). */
    private List<AttemptRow> awaitLog(long endpoint, int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.countLog(endpoint) < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(webhooks.countLog(endpoint)).isEqualTo(count);
        return webhooks.log(endpoint, PageRequest.of(0, 50));
    }

    private static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
        return org.assertj.core.api.Assertions.within(seconds, ChronoUnit.SECONDS);
    }
}
