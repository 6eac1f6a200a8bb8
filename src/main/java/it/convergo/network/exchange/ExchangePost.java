package it.convergo.network.exchange;

import it.convergo.base.AbstractEntity;
import it.convergo.base.TechnologyArea;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A need or an offer of an organisation; its author is the contact revealed when an interest is accepted. */
@Entity
@Table(name = "exchange_post")
class ExchangePost extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    /** Null once the author's account is erased: the organisation's members are then the contact. */
    @Column(name = "author_user_id")
    Long authorUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    PostKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Arrangement arrangement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    TechnologyArea area;

    @Column(nullable = false, length = 150)
    String title;

    @Column(nullable = false, length = 2000)
    String summary;

    Integer trl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    PostStatus status = PostStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    protected ExchangePost() {
    }

    ExchangePost(long organisationId, Long authorUserId, Instant createdAt) {
        this.organisationId = organisationId;
        this.authorUserId = authorUserId;
        this.createdAt = createdAt;
    }

    /** On the board: open and not past its expiry. */
    boolean live(Instant now) {
        return status == PostStatus.OPEN && expiresAt.isAfter(now);
    }

    /** What readers see: an open post past its date reads as expired before the job writes it down. */
    PostStatus shownStatus(Instant now) {
        return status == PostStatus.OPEN && !expiresAt.isAfter(now) ? PostStatus.EXPIRED : status;
    }
}
