package it.convergo.proposal;

/** Published (Spring event) inside the submit transaction, for every submission including resubmissions. */
public record ProposalSubmitted(long proposalId, long challengeId, int version) {
}
