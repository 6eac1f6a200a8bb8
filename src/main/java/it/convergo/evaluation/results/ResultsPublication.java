package it.convergo.evaluation.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When (and by whom) a challenge's results were published; applicants see outcomes only after this. */
@Entity
@Table(name = "results_publication")
class ResultsPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "published_by", nullable = false)
    long publishedBy;
    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    protected ResultsPublication() {
    }

    ResultsPublication(long challengeId, long publishedBy, Instant publishedAt) {
        this.challengeId = challengeId;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }
}
