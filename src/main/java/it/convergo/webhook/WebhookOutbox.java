package it.convergo.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes deliveries in the caller's transaction (mandatory): a delivery exists exactly when the fact it announces
 * was committed. After the commit the sender makes the first attempt.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final Clock clock;

    WebhookOutbox(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookSender sender,
                  Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * One delivery of the event to each active endpoint of the firm that subscribed to it. {@code key} names the
     * fact ("CHALLENGE_CLOSED:42"): an endpoint that already has a delivery with that key gets no second one, so
     * a fact announced twice (an overdue timer fired again) is sent once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long firmId, WebhookEvent event, String key, Map<String, Object> data) {
        List<WebhookEndpoint> targets = endpoints.activeOf(firmId).stream()
                .filter(e -> e.events().contains(event))
                .filter(e -> !deliveries.existsByEndpointIdAndEventKey(e.getId(), key))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        String payload = payload(eventId, event, now, data);
        List<Long> ids = new ArrayList<>();
        for (WebhookEndpoint target : targets) {
            ids.add(deliveries.save(new WebhookDelivery(target.getId(), eventId, event, key, payload, now)).getId());
        }
        sender.afterCommit(ids);
    }

    /** A ping to one endpoint, whatever it subscribed to and even when paused: the firm asked for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void ping(WebhookEndpoint endpoint) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpoint.getId());
        WebhookDelivery delivery = deliveries.save(new WebhookDelivery(endpoint.getId(), eventId, WebhookEvent.PING,
                WebhookEvent.PING.name() + ":" + eventId, payload(eventId, WebhookEvent.PING, now, data), now));
        sender.afterCommit(List.of(delivery.getId()));
    }

    private static String payload(String eventId, WebhookEvent event, Instant occurredAt, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", event.wireName());
        body.put("occurredAt", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }
}
