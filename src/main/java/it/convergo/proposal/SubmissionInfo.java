package it.convergo.proposal;

import java.time.Instant;

/** One submitted version of a proposal; the highest number counts. */
public record SubmissionInfo(int number, Instant submittedAt, String contentHash) {
}
