package it.convergo.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The mail outbox backlog: messages waiting to be sent (an SMTP outage shows here first) and those given up. */
@Component
class OutboxMetrics {

    OutboxMetrics(OutboxRepository outbox, MeterRegistry meters) {
        Gauge.builder("convergo.mail.waiting", outbox, o -> o.countByStatus(OutboxMessage.Status.PENDING))
                .description("E-mails in the outbox not sent yet").register(meters);
        Gauge.builder("convergo.mail.failed", outbox, o -> o.countByStatus(OutboxMessage.Status.FAILED))
                .description("E-mails the outbox gave up on").register(meters);
    }
}
