package it.convergo.evaluation.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The firm's eligibility verdict on one proposal, with the reason the applicant will read. */
@Entity
@Table(name = "eligibility_decision")
class EligibilityDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(nullable = false)
    boolean eligible;
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    IneligibilityReason reason;
    @Column(length = 2000)
    String note;
    @Column(name = "decided_by", nullable = false)
    long decidedBy;
    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    protected EligibilityDecision() {
    }

    EligibilityDecision(long proposalId, long challengeId, boolean eligible, IneligibilityReason reason, String note,
                        long decidedBy, Instant decidedAt) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.eligible = eligible;
        this.reason = reason;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
