package it.convergo.account.security;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CredentialStamps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a session out when its user's password changed (a reset) or the account was disabled since it
 * signed in: the HTTP session is invalidated and the request goes on as anonymous, so Vaadin reloads to
 * the sign-in page. The check reads the database, so it holds across nodes.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final CredentialStamps stamps;
    private final SecurityContextHolderStrategy contexts;

    StaleSessionFilter(CredentialStamps stamps, SecurityContextHolderStrategy contexts) {
        this.stamps = stamps;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && !stamps.isCurrent(principal)) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
