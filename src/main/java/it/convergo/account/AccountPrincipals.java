package it.convergo.account;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principal of an account known by id, for callers that authenticate without a password (API tokens):
 * the same principal, roles and organisation as form login, and empty for accounts that could not sign in
 * (unconfirmed, disabled, locked, without a password).
 */
@Service
public class AccountPrincipals {

    private final UserRepository users;
    private final Clock clock;

    AccountPrincipals(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> active(long userId) {
        return users.findById(userId).map(u -> AccountUserDetailsService.principalOf(u, clock))
                .filter(p -> p.isEnabled() && p.isAccountNonLocked())
                .map(p -> {
                    p.eraseCredentials();
                    return p;
                });
    }
}
