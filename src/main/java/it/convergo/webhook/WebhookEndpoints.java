package it.convergo.webhook;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A firm's webhook endpoints, managed by its firm managers: register (the secret is shown once), change, pause,
 * rotate the secret, delete, send a test event; read each endpoint's delivery log and redeliver a failed
 * delivery. Another firm's endpoint answers "not found", like a missing one.
 */
@Service
public class WebhookEndpoints {

    static final int MAX_PER_FIRM = 10;
    /** The longest address the portal accepts. */
    public static final int URL_MAX = 500;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhookUrls urls;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final WebhookSecretCipher cipher;

    WebhookEndpoints(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                     WebhookAttemptRepository attempts, WebhookUrls urls, WebhookOutbox outbox, WebhookSender sender,
                     AuditLog audit, Clock clock, PlatformTransactionManager transactions, WebhookSecretCipher cipher) {
        this.cipher = cipher;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.urls = urls;
        this.outbox = outbox;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** The signed-in manager's firm's endpoints, oldest first (at most {@value #MAX_PER_FIRM}). */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional(readOnly = true)
    public List<EndpointRow> mine() {
        return endpoints.findByFirmIdOrderByIdAsc(firm()).stream().map(WebhookEndpoint::row).toList();
    }

    /**
     * Registers an active endpoint; the answer holds its signing secret, which is never shown again. The address is
     * checked (a DNS look-up) before the transaction starts, so no database connection waits on a name server.
     */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public NewSecret create(String url, Set<WebhookEvent> events) {
        long firm = firm();
        Set<WebhookEvent> chosen = checked(events);
        String address = urls.check(url).toString();
        return writing.execute(status -> {
            if (endpoints.countByFirmId(firm) >= MAX_PER_FIRM) {
                throw new UserFacingException("webhook.error.tooMany", MAX_PER_FIRM);
            }
            String secret = WebhookSecrets.newSecret();
            WebhookEndpoint endpoint = endpoints.saveAndFlush(new WebhookEndpoint(firm, address, chosen, cipher.seal(secret),
                    clock.instant()));
            audit.record("webhook.created", subject(endpoint), address + " " + chosen);
            return new NewSecret(endpoint.row(), secret);
        });
    }

    /**
     * Changes address, events and whether it is active; {@code expectedVersion} is the one the manager saw. The
     * address is checked before the transaction, as in {@link #create}.
     */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public EndpointRow change(long id, long expectedVersion, String url, Set<WebhookEvent> events, boolean active) {
        Set<WebhookEvent> chosen = checked(events);
        String address = urls.check(url).toString();
        return writing.execute(status -> {
            WebhookEndpoint endpoint = owned(id);
            if (endpoint.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(WebhookEndpoint.class, id);
            }
            endpoint.change(address, chosen, active, clock.instant());
            endpoints.saveAndFlush(endpoint);
            audit.record("webhook.changed", subject(endpoint), address + " " + chosen + (active ? " active" : " paused"));
            return endpoint.row();
        });
    }

    /** A new signing secret, shown this once; the old one stops being used at once. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public NewSecret rotateSecret(long id) {
        WebhookEndpoint endpoint = owned(id);
        String secret = WebhookSecrets.newSecret();
        endpoint.secret = cipher.seal(secret);
        endpoint.updatedAt = clock.instant();
        endpoints.saveAndFlush(endpoint);
        audit.record("webhook.secretRotated", subject(endpoint), endpoint.url);
        return new NewSecret(endpoint.row(), secret);
    }

    /** Deletes the endpoint; the database deletes its deliveries and their log with it (foreign keys). */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public void delete(long id) {
        WebhookEndpoint endpoint = owned(id);
        endpoints.delete(endpoint);
        audit.record("webhook.deleted", subject(endpoint), endpoint.url);
    }

    /** Queues a {@code ping} to the endpoint; it is sent right after this call commits. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public void sendTest(long id) {
        WebhookEndpoint endpoint = owned(id);
        outbox.ping(endpoint);
        audit.record("webhook.tested", subject(endpoint), endpoint.url);
    }

    /** The endpoint's delivery log, newest attempt first. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional(readOnly = true)
    public List<AttemptRow> log(long endpointId, Pageable pageable) {
        owned(endpointId);
        return attempts.log(endpointId, pageable);
    }

    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional(readOnly = true)
    public long countLog(long endpointId) {
        owned(endpointId);
        return attempts.countByEndpointId(endpointId);
    }

    /** Sends a delivery that was given up on once more, with the same event id; refused for any other state. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public void redeliver(long endpointId, long deliveryId) {
        WebhookEndpoint endpoint = owned(endpointId);
        WebhookDelivery delivery = deliveries.findByIdAndEndpointId(deliveryId, endpointId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (delivery.status != DeliveryStatus.FAILED) {
            throw new UserFacingException("webhook.error.notFailed");
        }
        Instant now = clock.instant();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        sender.afterCommit(List.of(deliveryId));
        audit.record("webhook.redelivered", subject(endpoint), delivery.eventType.wireName() + " " + delivery.eventId);
    }

    private WebhookEndpoint owned(long id) {
        return endpoints.findByIdAndFirmId(id, firm()).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** The signed-in manager's firm; a manager without an organisation has no endpoints to manage. */
    private static long firm() {
        AccountPrincipal me = CurrentUser.require();
        if (me.organisationId() == null) {
            throw new UserFacingException("error.notFound");
        }
        return me.organisationId();
    }

    private static Set<WebhookEvent> checked(Set<WebhookEvent> events) {
        if (events == null || events.isEmpty() || !WebhookEvent.subscribable().containsAll(events)) {
            throw new UserFacingException("webhook.error.events");
        }
        return EnumSet.copyOf(events);
    }

    private static String subject(WebhookEndpoint endpoint) {
        return "webhook:" + endpoint.getId();
    }
}
