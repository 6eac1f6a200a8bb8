package it.convergo.account;

import it.convergo.base.ClientAddress;
import it.convergo.base.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password-reset mails: {@value #PER_ADDRESS} per address in {@value #WINDOW_MINUTES} minutes, counted
 * in the database (holds across nodes), and {@value #PER_CLIENT} requests per client address, counted in
 * memory (for any address, known or not). A refused request looks exactly like an accepted one.
 */
@Component
class ResetThrottle {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final int WINDOW_MINUTES = 15;

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final Duration validity;
    private final RateLimiter clients;

    ResetThrottle(AccountTokenRepository tokens, Clock clock, @Value("${convergo.tokens.reset-minutes}") long resetMinutes) {
        this.tokens = tokens;
        this.clock = clock;
        this.validity = Duration.ofMinutes(resetMinutes);
        this.clients = new RateLimiter(PER_CLIENT, Duration.ofMinutes(WINDOW_MINUTES), clock);
    }

    /** Counts this request against its client; false when the client asked too often. */
    boolean allowClient() {
        return ClientAddress.current().map(clients::tryAcquire).orElse(true);
    }

    /** Whether another link may be mailed to this user now. */
    boolean allowAddress(UserAccount user) {
        var issuedAfter = clock.instant().minus(Duration.ofMinutes(WINDOW_MINUTES)).plus(validity);
        return tokens.countExpiringAfter(user.getId(), AccountToken.Purpose.RESET_PASSWORD, issuedAfter) < PER_ADDRESS;
    }
}
