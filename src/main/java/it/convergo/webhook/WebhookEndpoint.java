package it.convergo.webhook;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An address of a firm that receives its webhooks; the secret signs them and is never shown after it is made. */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint extends AbstractEntity {

    @Column(name = "firm_id", nullable = false)
    long firmId;

    @Column(nullable = false, length = 500)
    String url;

    /** Subscribed events as a comma list of enum names. */
    @Column(nullable = false, length = 200)
    String events;

    @Column(nullable = false)
    boolean active;

    @Column(nullable = false, length = 100)
    String secret;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(long firmId, String url, Set<WebhookEvent> events, String secret, Instant now) {
        this.firmId = firmId;
        this.url = url;
        this.events = join(events);
        this.active = true;
        this.secret = secret;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Set<WebhookEvent> events() {
        if (events.isBlank()) {
            return EnumSet.noneOf(WebhookEvent.class);
        }
        return Arrays.stream(events.split(",")).map(WebhookEvent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEvent.class)));
    }

    void change(String url, Set<WebhookEvent> events, boolean active, Instant now) {
        this.url = url;
        this.events = join(events);
        this.active = active;
        this.updatedAt = now;
    }

    private static String join(Set<WebhookEvent> events) {
        return events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    EndpointRow row() {
        return new EndpointRow(getId(), url, events(), active, createdAt, getVersion());
    }
}
