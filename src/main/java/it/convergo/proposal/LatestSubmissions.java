package it.convergo.proposal;

import it.convergo.base.UserFacingException;
import org.springframework.stereotype.Component;

/** The submitted proposals and their latest versions, as the firm and the evaluation read them; drafts are "not found". */
@Component
class LatestSubmissions {

    private final ProposalRepository proposals;
    private final ProposalSubmissionRepository submissions;

    LatestSubmissions(ProposalRepository proposals, ProposalSubmissionRepository submissions) {
        this.proposals = proposals;
        this.submissions = submissions;
    }

    /** A proposal submitted at least once and not withdrawn. */
    Proposal proposal(long proposalId) {
        return proposals.findById(proposalId).filter(p -> p.status.isSubmitted() && p.submissionVersion > 0)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** The version that counts: the latest submitted. */
    ProposalSubmission of(Proposal p) {
        return submissions.findByProposalIdAndNumber(p.getId(), p.submissionVersion)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }
}
