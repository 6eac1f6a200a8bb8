package it.convergo.evaluation.results;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The firm's outcome for one proposal, with the feedback the applicant reads when results are published. */
@Entity
@Table(name = "proposal_decision")
class ProposalDecision extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Outcome outcome;
    @Lob
    String feedback;
    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;
    /** The state of an appeal against this decision (see {@link AppealRevision}); null when none was filed. */
    @Column(name = "appeal_outcome", length = 20)
    String appealOutcome;
    /** The outcome before an appeal changed it; null when none did. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_before_appeal", length = 20)
    Outcome outcomeBeforeAppeal;

    protected ProposalDecision() {
    }

    ProposalDecision(long proposalId, long challengeId, Outcome outcome, String feedback, Instant decidedAt) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.outcome = outcome;
        this.feedback = feedback;
        this.decidedAt = decidedAt;
    }
}
