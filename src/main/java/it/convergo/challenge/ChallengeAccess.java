package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's access to an invite-only challenge through its code, with the wrong attempts that throttle guessing. */
@Entity
@Table(name = "challenge_access")
class ChallengeAccess extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "user_id", nullable = false)
    long userId;
    @Column(nullable = false)
    boolean granted;
    @Column(nullable = false)
    int failures;
    @Column(name = "locked_until")
    Instant lockedUntil;

    protected ChallengeAccess() {
    }

    ChallengeAccess(long challengeId, long userId) {
        this.challengeId = challengeId;
        this.userId = userId;
    }
}
