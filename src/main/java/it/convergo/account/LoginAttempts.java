package it.convergo.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, and clears the count on success. Only password
 * sign-ins count: a single sign-on is the provider's affair, and its subject is no address to look up.
 */
@Component
class LoginAttempts {

    private final AccountService accounts;
    private final int maxFailures;
    private final Duration lock;

    LoginAttempts(AccountService accounts, @Value("${convergo.security.max-failed-logins}") int maxFailures,
                  @Value("${convergo.security.lock-minutes}") long lockMinutes) {
        this.accounts = accounts;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), maxFailures, lock);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
