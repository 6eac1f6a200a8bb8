package it.convergo.account.security;

import it.convergo.account.SingleSignOn;
import it.convergo.account.SsoIdentity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the provider's ID token (and read its user-info endpoint), finds or makes
 * the account it signs in as. A refusal becomes an authentication failure whose code names the reason.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "convergo_sso_";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOn singleSignOn;

    SsoUserService(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        SsoIdentity identity = new SsoIdentity(request.getClientRegistration().getRegistrationId(), user.getSubject(),
                user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()), fullName(user), user.getLocale());
        try {
            return new SsoUser(user, singleSignOn.signIn(identity));
        } catch (SingleSignOn.Refused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED + refused.reason()), refused);
        }
    }

    private static String fullName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String joined = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                + (user.getFamilyName() == null ? "" : user.getFamilyName())).strip();
        return joined.isEmpty() ? null : joined;
    }
}
