package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who accepted which NDA version of a challenge, and when. */
@Entity
@Table(name = "challenge_nda_acceptance")
class NdaAcceptance extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "nda_version", nullable = false)
    int ndaVersion;
    @Column(name = "user_id", nullable = false)
    long userId;
    @Column(name = "organisation_id")
    Long organisationId;
    @Column(name = "accepted_at", nullable = false)
    Instant acceptedAt;

    protected NdaAcceptance() {
    }

    NdaAcceptance(long challengeId, int ndaVersion, long userId, Long organisationId, Instant acceptedAt) {
        this.challengeId = challengeId;
        this.ndaVersion = ndaVersion;
        this.userId = userId;
        this.organisationId = organisationId;
        this.acceptedAt = acceptedAt;
    }
}
