package it.convergo.webhook;

import java.util.List;

/** What a webhook announces; {@link #wireName()} is the {@code Convergo-Event} header and the payload's "type". */
public enum WebhookEvent {
    CHALLENGE_PUBLISHED("challenge.published"),
    CHALLENGE_CLOSED("challenge.closed"),
    PROPOSAL_SUBMITTED("proposal.submitted"),
    RESULTS_PUBLISHED("results.published"),
    /** Sent only by the "send test event" button, to every endpoint whatever it subscribed to. */
    PING("ping");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The events an endpoint can subscribe to. */
    public static List<WebhookEvent> subscribable() {
        return List.of(CHALLENGE_PUBLISHED, CHALLENGE_CLOSED, PROPOSAL_SUBMITTED, RESULTS_PUBLISHED);
    }

    public String labelKey() {
        return "webhook.event." + name();
    }
}
