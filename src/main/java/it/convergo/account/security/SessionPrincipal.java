package it.convergo.account.security;

import it.convergo.account.AccountPrincipal;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts an updated principal of the signed-in person into their session, from a Vaadin request. */
public final class SessionPrincipal {

    private SessionPrincipal() {
    }

    public static void replace(AccountPrincipal principal) {
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            // stored again (not only changed in place) so that a replicated session carries it too
            request.getHttpServletRequest().getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
