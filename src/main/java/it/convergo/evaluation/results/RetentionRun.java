package it.convergo.evaluation.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A challenge's purge under its retention rule, written in the purge's transaction: the unique challenge id is
 * the claim, so a second node (or a second run) that tries the same challenge fails to insert and leaves it.
 */
@Entity
@Table(name = "retention_run")
class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false, unique = true)
    long challengeId;
    @Column(name = "ran_at", nullable = false)
    Instant ranAt;
    @Column(nullable = false)
    int purged;

    protected RetentionRun() {
    }

    RetentionRun(long challengeId, Instant ranAt) {
        this.challengeId = challengeId;
        this.ranAt = ranAt;
    }
}
