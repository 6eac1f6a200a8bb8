package it.convergo.network.exchange;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of the private thread between a post's organisation and an accepted interested organisation. */
@Entity
@Table(name = "exchange_message")
class ExchangeMessage extends AbstractEntity {

    @Column(name = "interest_id", nullable = false)
    long interestId;

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    @Column(name = "user_id")
    Long userId;

    /** The author's name as it was when written (the thread reads without a query per message). */
    @Column(name = "author_name", nullable = false, length = 200)
    String authorName;

    @Column(nullable = false, length = 2000)
    String body;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected ExchangeMessage() {
    }

    ExchangeMessage(long interestId, long organisationId, long userId, String authorName, String body, Instant createdAt) {
        this.interestId = interestId;
        this.organisationId = organisationId;
        this.userId = userId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }
}
