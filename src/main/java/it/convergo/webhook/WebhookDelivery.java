package it.convergo.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event for one endpoint: the outbox row. Its event id travels as {@code Convergo-Delivery} and stays the
 * same on every attempt, so a receiver can ignore what it already processed.
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id", nullable = false)
    long endpointId;

    @Column(name = "event_id", nullable = false, length = 36)
    String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    WebhookEvent eventType;

    /** What the event is about (e.g. "CHALLENGE_CLOSED:42"): the same fact announced twice is written once. */
    @Column(name = "event_key", nullable = false, length = 120)
    String eventKey;

    @Lob
    @Column(nullable = false)
    String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    DeliveryStatus status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long endpointId, String eventId, WebhookEvent eventType, String eventKey, String payload, Instant now) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.eventKey = eventKey;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }
}
