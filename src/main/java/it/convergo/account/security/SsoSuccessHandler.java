package it.convergo.account.security;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.OrganisationCompletion;
import it.convergo.account.SingleSignOn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces the provider's token in the session with the same authentication a password sign-in leaves: an
 * {@link AccountPrincipal} with its roles. Every view, {@code @PreAuthorize} and the stale-session check then
 * work unchanged. The provider's tokens are not needed afterwards and are not kept with it.
 */
final class SsoSuccessHandler implements AuthenticationSuccessHandler {

    private final SingleSignOn singleSignOn;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SsoSuccessHandler(SingleSignOn singleSignOn, SecurityContextHolderStrategy contexts) {
        this.singleSignOn = singleSignOn;
        this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof SsoUser user)
                || !(authentication instanceof OAuth2AuthenticationToken oauth)) {
            throw new IllegalStateException("single sign-on without an account");
        }
        AccountPrincipal principal = user.account();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn);
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        singleSignOn.recordSignIn(oauth.getAuthorizedClientRegistrationId());
        if (OrganisationCompletion.isDue(principal)) {
            // an applicant made here has no organisation yet, and cannot propose without one
            response.sendRedirect(request.getContextPath() + "/complete-organisation");
            return;
        }
        next.onAuthenticationSuccess(request, response, signedIn);
    }
}
