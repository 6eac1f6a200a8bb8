package it.convergo.account.security;

import it.convergo.account.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the metrics: a scraper presenting the configured token ({@code CONVERGO_METRICS_TOKEN}, as
 * {@code Authorization: Bearer <token>}), or a signed-in administrator. Without a token configured, only
 * administrators.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] token;

    MetricsAccess(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        if (token != null && header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(token, header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8))) {
            return new AuthorizationDecision(true);
        }
        Authentication user = authentication.get();
        boolean admin = user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMIN_NAME).equals(a.getAuthority()));
        return new AuthorizationDecision(admin);
    }
}
