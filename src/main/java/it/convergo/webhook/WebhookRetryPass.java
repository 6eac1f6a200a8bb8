package it.convergo.webhook;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node looks for due deliveries every {@code convergo.webhooks.retry-every} (default 30 s); the claim in
 * {@link WebhookSender} lets only one node send each attempt. Tests switch it off and run the pass by hand.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "convergo.webhooks.retry-pass", havingValue = "true", matchIfMissing = true)
class WebhookRetryPass {

    private final WebhookSender sender;
    private final Clock clock;

    WebhookRetryPass(WebhookSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${convergo.webhooks.retry-every:PT30S}", initialDelayString = "PT30S")
    void run() {
        sender.runDue(clock.instant());
    }
}
