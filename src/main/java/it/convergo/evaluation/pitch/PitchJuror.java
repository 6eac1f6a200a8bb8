package it.convergo.evaluation.pitch;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A jury member of a pitch day (the challenge's evaluators when the invitations went out). */
@Entity
@Table(name = "pitch_juror")
class PitchJuror extends AbstractEntity {

    @Column(name = "pitch_day_id", nullable = false)
    long pitchDayId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Column(name = "submitted_at")
    Instant submittedAt;

    protected PitchJuror() {
    }

    PitchJuror(long pitchDayId, long evaluatorId) {
        this.pitchDayId = pitchDayId;
        this.evaluatorId = evaluatorId;
    }
}
