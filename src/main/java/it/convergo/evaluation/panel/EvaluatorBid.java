package it.convergo.evaluation.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One evaluator's bid on one proposal during a bidding round. */
@Entity
@Table(name = "evaluator_bid")
class EvaluatorBid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Bid level;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected EvaluatorBid() {
    }

    EvaluatorBid(long challengeId, long proposalId, long evaluatorId, Bid level, Instant updatedAt) {
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
        this.level = level;
        this.updatedAt = updatedAt;
    }
}
