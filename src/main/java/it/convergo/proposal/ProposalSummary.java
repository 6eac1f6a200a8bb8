package it.convergo.proposal;

import it.convergo.base.TechnologyArea;
import java.time.Instant;
import java.util.Set;

/** What other features may know of a submitted proposal (latest submitted version). */
public record ProposalSummary(long id, long challengeId, long organisationId, String organisationName,
                              String title, String acronym, String abstractText, Set<TechnologyArea> areas,
                              ProposalStatus status, Instant submittedAt, String contentHash, int submissionVersion) {
}
