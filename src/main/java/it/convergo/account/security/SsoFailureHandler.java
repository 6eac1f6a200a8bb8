package it.convergo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page with the reason of a refusal ({@code /login?sso=disabled}); any other failure (the
 * person cancelled at the provider, an invalid token) is "failed". The page translates the reason.
 */
final class SsoFailureHandler implements AuthenticationFailureHandler {

    static final Set<String> REASONS = Set.of("disabled", "unverified", "noEmail");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith(SsoUserService.REFUSED)) {
            String code = oauth.getError().getErrorCode().substring(SsoUserService.REFUSED.length());
            reason = REASONS.contains(code) ? code : reason;
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }
}
