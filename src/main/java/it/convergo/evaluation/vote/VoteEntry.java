package it.convergo.evaluation.vote;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proposal the firm admitted to the vote. Voters see it only once its applicant opted in with a public title
 * and summary written for them (never the proposal's own, possibly confidential, text).
 */
@Entity
@Table(name = "prize_vote_entry")
class VoteEntry extends AbstractEntity {

    @Column(name = "vote_id", nullable = false)
    long voteId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "organisation_id", nullable = false)
    long organisationId;
    @Column(name = "public_title", length = 200)
    String publicTitle;
    @Column(name = "public_summary", length = 1000)
    String publicSummary;
    @Column(name = "opted_in", nullable = false)
    boolean optedIn;
    @Column(name = "opted_in_by")
    Long optedInBy;
    @Column(name = "opted_in_at")
    Instant optedInAt;
    /** Set when the vote is counted; null before. */
    Integer votes;

    protected VoteEntry() {
    }

    VoteEntry(long voteId, long proposalId, long organisationId) {
        this.voteId = voteId;
        this.proposalId = proposalId;
        this.organisationId = organisationId;
    }
}
