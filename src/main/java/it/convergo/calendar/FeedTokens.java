package it.convergo.calendar;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own feed address: made (or made anew, which revokes the old one), shown once, revoked.
 * Feeds are looked up by the hash of their secret.
 */
@Service
public class FeedTokens {

    private final CalendarFeedRepository feeds;
    private final CalendarLinks links;
    private final AuditLog audit;
    private final Clock clock;

    FeedTokens(CalendarFeedRepository feeds, CalendarLinks links, AuditLog audit, Clock clock) {
        this.feeds = feeds;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret address for the current user, returned this once; any earlier address stops working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String renew() {
        long me = CurrentUser.require().userId();
        String secret = FeedSecret.generate();
        Instant now = clock.instant();
        feeds.findByUserId(me).ifPresentOrElse(f -> f.renew(FeedSecret.hash(secret), now),
                () -> feeds.save(new CalendarFeed(me, FeedSecret.hash(secret), now)));
        audit.record("calendar.feedCreated", "user:" + me, null);
        return links.feed(secret);
    }

    /** When the current user's feed was made, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> createdAt() {
        return feeds.findByUserId(CurrentUser.require().userId()).map(f -> f.createdAt);
    }

    /** The current user's feed address stops working; nothing happens when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke() {
        long me = CurrentUser.require().userId();
        feeds.findByUserId(me).ifPresent(f -> {
            feeds.delete(f);
            audit.record("calendar.feedRevoked", "user:" + me, null);
        });
    }

    /** Whose feed the secret opens; empty for a malformed, unknown or revoked one. */
    @Transactional(readOnly = true)
    Optional<Long> owner(String secret) {
        if (!FeedSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(FeedSecret.hash(secret)).map(f -> f.userId);
    }
}
