package it.convergo.proposal;

import java.time.Instant;

/** One submitted version of a proposal, with the stage it was submitted in; the highest number counts. */
public record SubmissionInfo(int number, Instant submittedAt, String contentHash, ProposalStage stage) {

    public SubmissionInfo(int number, Instant submittedAt, String contentHash) {
        this(number, submittedAt, contentHash, ProposalStage.FULL);
    }
}
