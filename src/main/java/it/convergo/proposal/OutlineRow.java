package it.convergo.proposal;

import java.time.Instant;

/**
 * One outline on the firm's shortlist screen: what the applicant submitted as an outline, and the firm's decision
 * ({@code shortlisted} null while undecided) with its feedback.
 */
public record OutlineRow(long id, String title, String acronym, String abstractText, String organisationName,
                         Instant submittedAt, Boolean shortlisted, String feedback) {
}
