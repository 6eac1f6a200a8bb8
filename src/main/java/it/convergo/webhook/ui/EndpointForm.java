package it.convergo.webhook.ui;

import it.convergo.webhook.WebhookEndpoints;
import it.convergo.webhook.WebhookEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a firm manager types for an endpoint; the service checks the address again (HTTPS, public host). Public for the binder. */
public record EndpointForm(
        @NotBlank(message = "webhook.error.urlRequired")
        @Size(max = WebhookEndpoints.URL_MAX, message = "webhook.error.url|{max}") String url,
        @NotEmpty(message = "webhook.error.events") Set<WebhookEvent> events) {
}
