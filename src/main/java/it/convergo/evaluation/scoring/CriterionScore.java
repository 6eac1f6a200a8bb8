package it.convergo.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A score and its comment for one criterion (by its position in the challenge's criteria). */
@Embeddable
public class CriterionScore {

    @Column(name = "criterion_index", nullable = false)
    int criterion;
    @Column(precision = 6, scale = 2)
    BigDecimal score;
    @Column(length = 4000)
    String comment;

    protected CriterionScore() {
    }

    public CriterionScore(int criterion, BigDecimal score, String comment) {
        this.criterion = criterion;
        this.score = score;
        this.comment = comment;
    }

    public int criterion() {
        return criterion;
    }

    public BigDecimal score() {
        return score;
    }

    public String comment() {
        return comment;
    }
}
