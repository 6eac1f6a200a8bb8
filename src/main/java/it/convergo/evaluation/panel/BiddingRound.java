package it.convergo.evaluation.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The firm opened a bidding round for a challenge before assigning panels; closed when it assigns. */
@Entity
@Table(name = "bidding_round")
class BiddingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "opened_at", nullable = false)
    Instant openedAt;
    @Column(name = "closed_at")
    Instant closedAt;

    protected BiddingRound() {
    }

    BiddingRound(long challengeId, Instant openedAt) {
        this.challengeId = challengeId;
        this.openedAt = openedAt;
    }

    boolean isOpen() {
        return closedAt == null;
    }
}
