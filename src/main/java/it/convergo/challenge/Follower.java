package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user who wants to hear about new FAQ answers and deadline changes of a challenge. */
@Entity
@Table(name = "challenge_follower")
class Follower extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "user_id", nullable = false)
    long userId;
    @Column(name = "followed_at", nullable = false)
    Instant followedAt;

    protected Follower() {
    }

    Follower(long challengeId, long userId, Instant followedAt) {
        this.challengeId = challengeId;
        this.userId = userId;
        this.followedAt = followedAt;
    }
}
