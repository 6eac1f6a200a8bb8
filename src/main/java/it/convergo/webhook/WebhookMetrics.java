package it.convergo.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The webhook outbox backlog: deliveries waiting for an attempt (a firm's server down shows here) and given up. */
@Component
class WebhookMetrics {

    WebhookMetrics(WebhookDeliveryRepository deliveries, MeterRegistry meters) {
        Gauge.builder("convergo.webhooks.pending", deliveries, d -> d.countByStatus(DeliveryStatus.PENDING))
                .description("Webhook deliveries not delivered yet").register(meters);
        Gauge.builder("convergo.webhooks.failed", deliveries, d -> d.countByStatus(DeliveryStatus.FAILED))
                .description("Webhook deliveries given up on").register(meters);
    }
}
