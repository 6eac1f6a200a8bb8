package it.convergo.webhook;

import it.convergo.base.UserFacingException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POSTs deliveries and records every attempt. The first attempt runs in the background right after the commit
 * that wrote the delivery (the request that caused it never waits for a firm's server); the retry pass takes
 * the due ones. Each attempt is claimed with a conditional update first, so two nodes never send the same
 * attempt; the HTTP call runs outside any transaction.
 */
@Component
class WebhookSender {

    /** The wait after the 1st, 2nd, … failed attempt; after the last the delivery is given up on. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(12));
    /** Longer than connect plus read timeout: a claimed attempt is not due again while it may still run. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final int PASS_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookAttemptRepository attempts;
    private final WebhookUrls urls;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WebhookSecretCipher cipher;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    WebhookSender(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
                  WebhookAttemptRepository attempts, WebhookUrls urls, PlatformTransactionManager transactions,
                  Clock clock, WebhookSecretCipher cipher) {
        this.cipher = cipher;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.urls = urls;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Attempts the deliveries once the current transaction has committed; nothing if it rolls back. */
    void afterCommit(List<Long> ids) {
        Runnable attempts = () -> background.execute(() -> ids.forEach(id -> attemptQuietly(id, clock.instant())));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            attempts.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                attempts.run();
            }
        });
    }

    /** The retry pass: attempts every delivery due at {@code now}; how many were attempted by this node. */
    int runDue(Instant now) {
        int sent = 0;
        for (long id : deliveries.due(now, PageRequest.of(0, PASS_SIZE))) {
            if (attemptQuietly(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attemptQuietly(long id, Instant now) {
        try {
            return attempt(id, now);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} could not be attempted: {}", id, e.toString());
            return false;
        }
    }

    /** One attempt, if this node wins the claim; false when the delivery is not due or another node took it. */
    boolean attempt(long id, Instant now) {
        Claimed claimed = transaction.execute(status -> claim(id, now));
        if (claimed == null) {
            return false;
        }
        long started = System.nanoTime();
        Result result = post(claimed);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        transaction.executeWithoutResult(status -> record(id, claimed.number(), now, result, millis));
        return true;
    }

    private Claimed claim(long id, Instant now) {
        if (deliveries.claim(id, now, now.plus(LEASE)) == 0) {
            return null;
        }
        WebhookDelivery d = deliveries.findById(id).orElse(null);
        WebhookEndpoint e = d == null ? null : endpoints.findById(d.endpointId).orElse(null);
        if (e == null) {
            return null;
        }
        return new Claimed(e.url, cipher.open(e.secret), d.eventId, d.eventType, d.payload, d.attempts);
    }

    private Result post(Claimed c) {
        URI uri;
        try {
            // checked again at every attempt: the name may resolve elsewhere than when the firm saved it
            uri = urls.check(c.url());
        } catch (UserFacingException e) {
            return new Result(null, "address refused: " + e.messageKey());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Convergo-Webhooks")
                .header("Convergo-Event", c.event().wireName())
                .header("Convergo-Delivery", c.eventId())
                .header("Convergo-Timestamp", Long.toString(timestamp))
                .header("Convergo-Signature", WebhookSecrets.signature(c.secret(), timestamp, c.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(c.payload()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Result(status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException e) {
            return new Result(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted");
        }
    }

    private void record(long id, int number, Instant at, Result result, long millis) {
        // the endpoint may have been deleted meanwhile (its deliveries with it): nothing left to record
        deliveries.findById(id).ifPresent(d -> {
            attempts.save(new WebhookAttempt(d, number, at, result.status(), result.error(), millis));
            if (result.error() == null) {
                d.status = DeliveryStatus.DELIVERED;
                d.deliveredAt = at;
            } else if (number > BACKOFF.size()) {
                d.status = DeliveryStatus.FAILED;
            } else {
                d.nextAttemptAt = at.plus(BACKOFF.get(number - 1));
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdown();
        http.close();
    }

    private record Claimed(String url, String secret, String eventId, WebhookEvent event, String payload, int number) {
    }

    private record Result(Integer status, String error) {
    }
}
