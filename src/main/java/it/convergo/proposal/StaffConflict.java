package it.convergo.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A firm manager's declared conflict with one proposal; never edited, never removed. */
@Entity
@Table(name = "proposal_staff_conflict")
class StaffConflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "user_id", nullable = false)
    long userId;
    @Column(nullable = false, length = 1000)
    String reason;
    @Column(name = "declared_at", nullable = false)
    Instant declaredAt;

    protected StaffConflict() {
    }

    StaffConflict(long proposalId, long userId, String reason, Instant declaredAt) {
        this.proposalId = proposalId;
        this.userId = userId;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }
}
