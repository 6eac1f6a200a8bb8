package it.convergo.evaluation.appeals;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reviewer's seat on an appeal and, once given, their opinion (whether the appeal is founded, and why). */
@Entity
@Table(name = "appeal_review")
class AppealReview extends AbstractEntity {

    @Column(name = "appeal_id", nullable = false, updatable = false)
    long appealId;
    @Column(name = "reviewer_id", nullable = false)
    long reviewerId;
    /** Whether the reviewer finds the appeal founded; null until the opinion is given. */
    Boolean supports;
    @Lob
    String opinion;
    @Column(name = "assigned_at", nullable = false)
    Instant assignedAt;
    @Column(name = "given_at")
    Instant givenAt;

    protected AppealReview() {
    }

    AppealReview(long appealId, long reviewerId, Instant assignedAt) {
        this.appealId = appealId;
        this.reviewerId = reviewerId;
        this.assignedAt = assignedAt;
    }
}
