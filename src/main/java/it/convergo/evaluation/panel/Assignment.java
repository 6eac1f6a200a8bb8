package it.convergo.evaluation.panel;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One evaluator on one proposal's panel, from assignment to submitted evaluation (or conflict). */
@Entity
@Table(name = "evaluation_assignment")
public class Assignment extends AbstractEntity {

    public enum Status {
        /** assigned, conflict of interest not yet declared */
        ASSIGNED,
        /** declared no conflict: may read and score */
        CLEARED,
        /** declared a conflict: never sees the content, the firm replaces them */
        CONFLICT,
        /** taken off the panel by the firm (e.g. did not respond) */
        REPLACED,
        /** evaluation submitted */
        SUBMITTED
    }

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    /** Copied at assignment so the evaluator's inbox needs no look-up per row. */
    @Column(name = "proposal_title", nullable = false, length = 300)
    String proposalTitle;
    @Column(name = "challenge_title", nullable = false, length = 150)
    String challengeTitle;
    @Column(nullable = false)
    boolean rapporteur;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status;
    @Column(name = "due_at", nullable = false)
    Instant dueAt;
    @Column(name = "assigned_at", nullable = false)
    Instant assignedAt;
    @Column(name = "declared_at")
    Instant declaredAt;
    @Column(name = "conflict_reason", length = 1000)
    String conflictReason;

    protected Assignment() {
    }

    Assignment(long proposalId, long challengeId, long evaluatorId, String proposalTitle, String challengeTitle,
               boolean rapporteur, Instant dueAt, Instant now) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.evaluatorId = evaluatorId;
        this.proposalTitle = proposalTitle.length() <= 300 ? proposalTitle : proposalTitle.substring(0, 300);
        this.challengeTitle = challengeTitle.length() <= 150 ? challengeTitle : challengeTitle.substring(0, 150);
        this.rapporteur = rapporteur;
        this.status = Status.ASSIGNED;
        this.dueAt = dueAt;
        this.assignedAt = now;
    }

    /** On the panel: counts toward the panel size and the evaluator's load. */
    public boolean isActive() {
        return status == Status.ASSIGNED || status == Status.CLEARED || status == Status.SUBMITTED;
    }

    /** The evaluator declares that they have a conflict of interest (with its reason) or none. */
    public void declare(boolean conflict, String reason, Instant now) {
        status = conflict ? Status.CONFLICT : Status.CLEARED;
        declaredAt = now;
        conflictReason = conflict ? reason : null;
    }

    /** The evaluator's score sheet is in (again, after the rapporteur reopened it). */
    public void submitted() {
        status = Status.SUBMITTED;
    }

    public long proposalId() {
        return proposalId;
    }

    public long challengeId() {
        return challengeId;
    }

    public long evaluatorId() {
        return evaluatorId;
    }

    public String proposalTitle() {
        return proposalTitle;
    }

    public String challengeTitle() {
        return challengeTitle;
    }

    public boolean rapporteur() {
        return rapporteur;
    }

    public Status status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
