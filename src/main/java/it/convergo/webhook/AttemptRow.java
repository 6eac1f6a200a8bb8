package it.convergo.webhook;

import java.time.Instant;

/**
 * One line of an endpoint's delivery log: an attempt with its delivery's state now. {@code redeliverable} marks
 * the last attempt of a delivery that was given up on.
 */
public record AttemptRow(long id, long deliveryId, String eventId, WebhookEvent event, int number, Instant attemptedAt,
                         Integer httpStatus, String error, long durationMs, DeliveryStatus deliveryStatus, Instant nextAttemptAt,
                         boolean redeliverable) {

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
