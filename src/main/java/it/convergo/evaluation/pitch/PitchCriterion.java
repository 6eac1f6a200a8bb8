package it.convergo.evaluation.pitch;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One criterion of the pitch, scored 0-5 in half points like the written evaluation, with its weight. */
@Entity
@Table(name = "pitch_criterion")
class PitchCriterion extends AbstractEntity {

    @Column(name = "pitch_day_id", nullable = false)
    long pitchDayId;
    @Column(nullable = false)
    int position;
    @Column(nullable = false, length = 150)
    String name;
    @Column(nullable = false, precision = 6, scale = 2)
    BigDecimal weight;

    protected PitchCriterion() {
    }

    PitchCriterion(long pitchDayId, int position, String name, BigDecimal weight) {
        this.pitchDayId = pitchDayId;
        this.position = position;
        this.name = name;
        this.weight = weight;
    }
}
