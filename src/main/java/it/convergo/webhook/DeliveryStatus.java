package it.convergo.webhook;

/** Where a delivery stands: waiting for its (next) attempt, received with a 2xx answer, or given up on. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    public String labelKey() {
        return "webhook.status." + name();
    }
}
