package it.convergo.webhook;

import java.time.Instant;
import java.util.Set;

/** An endpoint as its firm's page shows it: never the secret. */
public record EndpointRow(long id, String url, Set<WebhookEvent> events, boolean active, Instant createdAt, long version) {
}
