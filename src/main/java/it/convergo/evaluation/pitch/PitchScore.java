package it.convergo.evaluation.pitch;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One jury member's score of one pitch on one pitch criterion. */
@Entity
@Table(name = "pitch_score")
class PitchScore extends AbstractEntity {

    @Column(name = "pitch_day_id", nullable = false)
    long pitchDayId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Column(nullable = false)
    int position;
    @Column(nullable = false, precision = 6, scale = 2)
    BigDecimal score;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected PitchScore() {
    }

    PitchScore(long pitchDayId, long proposalId, long evaluatorId, int position) {
        this.pitchDayId = pitchDayId;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
        this.position = position;
    }
}
