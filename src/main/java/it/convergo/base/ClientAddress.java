package it.convergo.base;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current HTTP request (Vaadin's requests included), for per-client
 * limits. Behind a proxy it is the forwarded address (server.forward-headers-strategy). Empty outside a request.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
