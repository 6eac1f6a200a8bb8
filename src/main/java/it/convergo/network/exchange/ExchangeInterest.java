package it.convergo.network.exchange;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One organisation's interest in a post (one per organisation and post), with the owner's answer. */
@Entity
@Table(name = "exchange_interest")
class ExchangeInterest extends AbstractEntity {

    @Column(name = "post_id", nullable = false)
    long postId;

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    /** Who expressed it; null once their account is erased. */
    @Column(name = "user_id")
    Long userId;

    @Column(length = 1000)
    String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    InterestStatus status = InterestStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    protected ExchangeInterest() {
    }

    ExchangeInterest(long postId, long organisationId, long userId, String note, Instant createdAt) {
        this.postId = postId;
        this.organisationId = organisationId;
        this.userId = userId;
        this.note = note;
        this.createdAt = createdAt;
    }
}
