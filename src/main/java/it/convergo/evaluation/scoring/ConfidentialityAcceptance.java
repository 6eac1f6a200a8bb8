package it.convergo.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evaluator accepted the confidentiality statement for a challenge (once per challenge). */
@Entity
@Table(name = "confidentiality_acceptance")
class ConfidentialityAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Column(name = "accepted_at", nullable = false)
    Instant acceptedAt;

    protected ConfidentialityAcceptance() {
    }

    ConfidentialityAcceptance(long challengeId, long evaluatorId, Instant acceptedAt) {
        this.challengeId = challengeId;
        this.evaluatorId = evaluatorId;
        this.acceptedAt = acceptedAt;
    }
}
