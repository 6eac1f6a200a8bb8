package it.convergo.evaluation.scoring;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The rating of one evaluator's review of one proposal; the latest rating counts. */
@Entity
@Table(name = "review_rating")
class ReviewRating extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ReviewQuality rating;
    @Column(name = "rated_by", nullable = false)
    long ratedBy;
    @Column(name = "rated_at", nullable = false)
    Instant ratedAt;

    protected ReviewRating() {
    }

    ReviewRating(long challengeId, long proposalId, long evaluatorId) {
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
    }
}
