package it.convergo.account.security;

import it.convergo.account.AccountPrincipal;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user together with the account it signs in as. It lives only between the code exchange and
 * {@link SsoSuccessHandler}, which puts the plain {@link AccountPrincipal} into the session instead.
 */
final class SsoUser extends DefaultOidcUser {

    private final AccountPrincipal account;

    SsoUser(OidcUser user, AccountPrincipal account) {
        super(Set.copyOf(account.getAuthorities()), user.getIdToken(), user.getUserInfo());
        this.account = account;
    }

    AccountPrincipal account() {
        return account;
    }
}
