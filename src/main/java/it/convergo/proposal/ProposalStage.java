package it.convergo.proposal;

/**
 * The stage of a proposal: an OUTLINE of a two-stage challenge, which becomes a FULL proposal (the same row, its
 * outline submissions kept) when the firm shortlists it. Proposals to single-stage challenges are FULL.
 */
public enum ProposalStage {
    OUTLINE,
    FULL;

    public String labelKey() {
        return "proposal.stage." + name();
    }
}
