package it.convergo.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByEmail(AccountService.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return principalOf(user, clock);
    }

    /** The principal of a user, the same for form login and for API tokens ({@link AccountPrincipals}). */
    static AccountPrincipal principalOf(UserAccount user, Clock clock) {
        Organisation org = user.getOrganisation();
        // Invited users without a password yet, unconfirmed and disabled accounts are refused before any
        // password check; the login view shows the same neutral message for every refusal.
        String hash = user.getPasswordHash();
        return new AccountPrincipal(user.getId(), user.getEmail(), user.getFullName(),
                org == null ? null : org.getId(), org == null ? null : org.getName(), user.getRoles(), hash,
                user.isEmailConfirmed() && !user.isDisabled() && hash != null, user.isLocked(clock.instant()));
    }
}
