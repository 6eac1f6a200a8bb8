package it.convergo.proposal;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation or a person the applicant asked not to evaluate the proposal, with the reason. */
@Entity
@Table(name = "proposal_exclusion")
class ProposalExclusion extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    NamedExclusion.Kind kind;
    @Column(name = "person_name", length = 200)
    String personName;
    @Column(length = 254)
    String email;
    @Column(length = 200)
    String organisation;
    @Column(nullable = false, length = 1000)
    String reason;
    @Column(name = "added_by", nullable = false)
    long addedBy;
    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    protected ProposalExclusion() {
    }

    ProposalExclusion(long proposalId, NamedExclusion.Kind kind, String personName, String email, String organisation,
                      String reason, long addedBy, Instant addedAt) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.personName = personName;
        this.email = email;
        this.organisation = organisation;
        this.reason = reason;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    NamedExclusion view() {
        return new NamedExclusion(getId(), proposalId, kind, personName, email, organisation, reason);
    }
}
