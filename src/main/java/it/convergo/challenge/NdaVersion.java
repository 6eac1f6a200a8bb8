package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published text of a challenge's NDA / challenge agreement; acceptances point at its number. */
@Entity
@Table(name = "challenge_nda")
class NdaVersion extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "nda_version", nullable = false)
    int number;
    @jakarta.persistence.Lob
    @Column(nullable = false)
    String body;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected NdaVersion() {
    }

    NdaVersion(long challengeId, int number, String body, Instant createdAt) {
        this.challengeId = challengeId;
        this.number = number;
        this.body = body;
        this.createdAt = createdAt;
    }
}
