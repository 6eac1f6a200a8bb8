package it.convergo.proposal;

/**
 * Content of a proposal that another feature copied into its own tables (the title on a pitch slot, the answer
 * given to the panel, the public summary of an audience-award entry). {@link ProposalRetention} calls every
 * implementation in the same transaction as it purges the proposal, so nothing of the content outlives it there.
 */
public interface ProposalCopies {

    /** Deletes or blanks this feature's copies of the proposal's content; called once per purged proposal. */
    void purge(long proposalId);
}
