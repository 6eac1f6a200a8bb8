package it.convergo.evaluation.appeals;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One applicant's appeal against a proposal's published result: at most one per proposal (unique column). */
@Entity
@Table(name = "appeal")
class Appeal extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false, updatable = false)
    long challengeId;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    long organisationId;
    @Column(name = "filed_by", nullable = false)
    long filedBy;
    @Lob
    @Column(nullable = false)
    String grounds;
    @Column(name = "filed_at", nullable = false, updatable = false)
    Instant filedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AppealStatus status = AppealStatus.FILED;
    @Column(name = "review_due_at")
    Instant reviewDueAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    AppealOutcome outcome;
    @Lob
    String reply;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    Long decidedBy;

    protected Appeal() {
    }

    Appeal(long proposalId, long challengeId, long organisationId, long filedBy, String grounds, Instant filedAt) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.organisationId = organisationId;
        this.filedBy = filedBy;
        this.grounds = grounds;
        this.filedAt = filedAt;
    }
}
