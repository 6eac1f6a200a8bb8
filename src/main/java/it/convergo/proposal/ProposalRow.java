package it.convergo.proposal;

import java.time.Instant;

/**
 * One line of "My proposals" or of the firm's list. {@code editing}: reopened after a submission; {@code purgedAt}:
 * when the challenge's retention rule deleted the content (null while it is kept).
 */
public record ProposalRow(long id, long challengeId, String challengeTitle, Instant closesAt, ProposalStatus status,
                          boolean editing, String title, String acronym, Instant updatedAt, Instant submittedAt,
                          int submissionVersion, String outcomeNote, String organisationName,
                          Instant purgedAt) {
}
