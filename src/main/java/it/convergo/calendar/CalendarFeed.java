package it.convergo.calendar;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's calendar feed: the hash of its secret address (the address itself is never stored) and when it was made. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends AbstractEntity {

    @Column(name = "user_id", nullable = false, unique = true)
    long userId;
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    String tokenHash;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new secret replaces the old one, which stops working at once. */
    void renew(String newHash, Instant now) {
        this.tokenHash = newHash;
        this.createdAt = now;
    }
}
