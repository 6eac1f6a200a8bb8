package it.convergo.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The {@link TextFingerprint} of a proposal's latest submitted version (one row per proposal). */
@Entity
@Table(name = "proposal_fingerprint")
class ProposalFingerprint {

    @Id
    @Column(name = "proposal_id")
    long proposalId;
    @Column(name = "submission_number", nullable = false)
    int submissionNumber;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    /** Null when the text is too short to compare. */
    @Column(length = 700)
    String signature;
    @Column(name = "computed_at", nullable = false)
    Instant computedAt;
    @Version
    long version;

    protected ProposalFingerprint() {
    }

    ProposalFingerprint(long proposalId) {
        this.proposalId = proposalId;
    }
}
