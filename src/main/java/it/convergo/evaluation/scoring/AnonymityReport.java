package it.convergo.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evaluator of a blind challenge found the applicant named in a proposal's visible text. */
@Entity
@Table(name = "anonymity_report")
class AnonymityReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Column(length = 1000)
    String note;
    @Column(name = "reported_at", nullable = false)
    Instant reportedAt;

    protected AnonymityReport() {
    }

    AnonymityReport(long challengeId, long proposalId, long evaluatorId, String note, Instant reportedAt) {
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
        this.note = note;
        this.reportedAt = reportedAt;
    }
}
