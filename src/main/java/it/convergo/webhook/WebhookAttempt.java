package it.convergo.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One POST of a delivery, as the firm's delivery log shows it. Written once, never changed. */
@Entity
@Table(name = "webhook_attempt")
class WebhookAttempt {

    static final int ERROR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    long deliveryId;

    @Column(name = "endpoint_id", nullable = false)
    long endpointId;

    @Column(name = "attempt_no", nullable = false)
    int number;

    @Column(name = "attempted_at", nullable = false)
    Instant attemptedAt;

    @Column(name = "http_status")
    Integer httpStatus;

    @Column(length = ERROR_MAX)
    String error;

    @Column(name = "duration_ms", nullable = false)
    long durationMs;

    protected WebhookAttempt() {
    }

    WebhookAttempt(WebhookDelivery delivery, int number, Instant attemptedAt, Integer httpStatus, String error,
                   long durationMs) {
        this.deliveryId = delivery.getId();
        this.endpointId = delivery.endpointId;
        this.number = number;
        this.attemptedAt = attemptedAt;
        this.httpStatus = httpStatus;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
        this.durationMs = durationMs;
    }
}
