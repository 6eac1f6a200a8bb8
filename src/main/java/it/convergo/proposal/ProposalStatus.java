package it.convergo.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands. DRAFT until the first submission; a submitted proposal that the team reopens keeps
 * its status (its last submission still counts) and is flagged as being edited until it is resubmitted.
 */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNDER_EVALUATION,
    DECIDED;

    public String labelKey() {
        return "proposal.status." + name();
    }

    /** Submitted at least once and not withdrawn: what the firm and the evaluation see. */
    public boolean isSubmitted() {
        return this != DRAFT && this != WITHDRAWN;
    }

    /** Every state that {@link #isSubmitted()}, for queries. */
    static Set<ProposalStatus> submittedStates() {
        return EnumSet.of(SUBMITTED, ELIGIBLE, NOT_ELIGIBLE, UNDER_EVALUATION, DECIDED);
    }
}
