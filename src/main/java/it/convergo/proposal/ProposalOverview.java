package it.convergo.proposal;

import java.time.Instant;

/**
 * What the applicant's pages show about one proposal besides its fields: state, deadline, who leads it, the
 * last save and the last submission. {@code open}: the challenge still accepts changes at this instant.
 */
public record ProposalOverview(long id, long challengeId, String challengeTitle, Instant closesAt, ProposalStatus status,
                               boolean editing, String organisationName, String leadName, boolean lead,
                               int submissionVersion, Instant submittedAt, String contentHash, String outcomeNote,
                               Instant updatedAt, String updatedBy, boolean open, long version,
                               Instant purgedAt) {

    /** The team may change the working copy now. */
    public boolean editable() {
        return open && (status == ProposalStatus.DRAFT || status == ProposalStatus.SUBMITTED && editing);
    }
}
