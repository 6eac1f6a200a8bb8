package it.convergo.proposal;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team member invited by e-mail; whoever signs in with that address may edit the proposal. */
@Entity
@Table(name = "proposal_member")
class ProposalMember extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(nullable = false, length = 254)
    String email;
    @Column(name = "invited_by", nullable = false)
    long invitedBy;
    @Column(name = "invited_at", nullable = false)
    Instant invitedAt;

    protected ProposalMember() {
    }

    ProposalMember(long proposalId, String email, long invitedBy, Instant invitedAt) {
        this.proposalId = proposalId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }
}
