package it.convergo.network.exchange;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One organisation's request to another to team up for a challenge (one per pair and challenge), with the answer. */
@Entity
@Table(name = "partner_request")
class PartnerRequest extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;

    @Column(name = "from_organisation_id", nullable = false)
    long fromOrganisationId;

    /** Who asked; null once their account is erased. */
    @Column(name = "from_user_id")
    Long fromUserId;

    @Column(name = "to_organisation_id", nullable = false)
    long toOrganisationId;

    @Column(length = 1000)
    String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    PartnerRequestStatus status = PartnerRequestStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "answered_at")
    Instant answeredAt;

    /** Who answered; their contact is what the asking side receives. Null once their account is erased. */
    @Column(name = "answered_by_user_id")
    Long answeredByUserId;

    protected PartnerRequest() {
    }

    PartnerRequest(long challengeId, long fromOrganisationId, long fromUserId, long toOrganisationId, String message,
                   Instant createdAt) {
        this.challengeId = challengeId;
        this.fromOrganisationId = fromOrganisationId;
        this.fromUserId = fromUserId;
        this.toOrganisationId = toOrganisationId;
        this.message = message;
        this.createdAt = createdAt;
    }
}
