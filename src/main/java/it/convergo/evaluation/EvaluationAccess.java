package it.convergo.evaluation;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.ProposalService;
import it.convergo.proposal.ProposalSummary;
import org.springframework.stereotype.Component;

/**
 * Who may touch which evaluation, checked on the server for every call: the owning firm's managers (and
 * admins) for the firm's steps, assigned evaluators for their own proposals. Foreign ids look "not found",
 * so they cannot be probed.
 */
@Component
class EvaluationAccess {

    private final Challenges challenges;
    private final ProposalService proposals;
    private final AssignmentRepository assignments;

    EvaluationAccess(Challenges challenges, ProposalService proposals, AssignmentRepository assignments) {
        this.challenges = challenges;
        this.proposals = proposals;
        this.assignments = assignments;
    }

    /** The challenge, if the current user runs it (its firm's manager) or is an admin. */
    ChallengeView firmChallenge(long challengeId) {
        ChallengeView challenge = challenges.view(challengeId);
        requireFirm(challenge);
        return challenge;
    }

    /** The proposal and its challenge, if the current user runs that challenge. */
    ProposalSummary firmProposal(long proposalId) {
        ProposalSummary proposal = proposals.summary(proposalId);
        firmChallenge(proposal.challengeId());
        return proposal;
    }

    void requireFirm(ChallengeView challenge) {
        AccountPrincipal user = CurrentUser.require();
        boolean firm = user.has(Role.FIRM_MANAGER) && user.organisationId() != null
                && user.organisationId() == challenge.firmId();
        if (!firm && !user.has(Role.ADMIN)) {
            throw new UserFacingException("error.notFound");
        }
    }

    boolean isFirm(ChallengeView challenge) {
        try {
            requireFirm(challenge);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    /** The current evaluator's place on this proposal's panel (conflicted or replaced ones included). */
    Assignment myAssignment(long proposalId) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            throw new UserFacingException("error.notFound");
        }
        return assignments.findByProposalIdAndEvaluatorId(proposalId, user.userId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** Like {@link #myAssignment} but only for evaluators who declared no conflict and are still on the panel. */
    Assignment myClearedAssignment(long proposalId) {
        Assignment a = myAssignment(proposalId);
        if (a.status != Assignment.Status.CLEARED && a.status != Assignment.Status.SUBMITTED) {
            throw new UserFacingException(a.status == Assignment.Status.ASSIGNED
                    ? "evaluation.error.declareFirst" : "error.notFound");
        }
        return a;
    }

    ChallengeView challenge(long challengeId) {
        return challenges.view(challengeId);
    }

    /** For workflow events: processes started without a challenge row (workflow tests) are ignored. */
    java.util.Optional<ChallengeView> existingChallenge(long challengeId) {
        return challenges.find(challengeId);
    }
}
