package it.convergo.challenge;

import it.convergo.base.ClientAddress;
import it.convergo.base.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Wrong access codes counted beyond the per-user record of a real challenge: per client address and per
 * challenge address (so fresh accounts get no fresh tries), and per user for addresses that have no
 * invite-only challenge, which then lock exactly like real ones (no way to learn that a challenge exists).
 * Counted in this node's memory (see {@link RateLimiter}).
 */
@Component
class AccessCodeGuesses {

    static final int PER_CLIENT = 20;
    static final int PER_CHALLENGE = 50;
    private static final Duration WINDOW = Duration.ofMinutes(ChallengeLimits.CODE_LOCK_MINUTES);

    private final RateLimiter clients;
    private final RateLimiter addresses;
    private final RateLimiter unknownFailures;
    private final RateLimiter unknownLocks;

    AccessCodeGuesses(Clock clock) {
        clients = new RateLimiter(PER_CLIENT, WINDOW, clock);
        addresses = new RateLimiter(PER_CHALLENGE, WINDOW, clock);
        // the database never forgets a user's failures on a real challenge; a day is as good here
        unknownFailures = new RateLimiter(ChallengeLimits.CODE_ATTEMPTS, Duration.ofDays(1), clock);
        unknownLocks = new RateLimiter(1, WINDOW, clock);
    }

    /** Whether guessing at this address is locked for this user and client. */
    boolean locked(String slug, long userId) {
        return ClientAddress.current().map(clients::isLimited).orElse(false) || addresses.isLimited(key(slug))
                || unknownLocks.isLimited(userKey(slug, userId));
    }

    /**
     * Counts a wrong guess; for an address without an invite-only challenge also per user, locking it after
     * {@link ChallengeLimits#CODE_ATTEMPTS} like a real one. Returns whether guessing is now locked.
     */
    boolean wrong(String slug, long userId, boolean challengeExists) {
        ClientAddress.current().ifPresent(clients::record);
        addresses.record(key(slug));
        if (!challengeExists) {
            String user = userKey(slug, userId);
            unknownFailures.record(user);
            if (unknownFailures.isLimited(user)) {
                unknownFailures.clear(user);
                unknownLocks.record(user);
            }
        }
        return locked(slug, userId);
    }

    private static String key(String slug) {
        return slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
    }

    private static String userKey(String slug, long userId) {
        return userId + "/" + key(slug);
    }
}
