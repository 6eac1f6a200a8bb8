package it.convergo.evaluation.shared;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeView;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.StaffConflicts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may touch which evaluation, checked on the server for every call: the owning firm's managers (and
 * admins) for the firm's steps; assigned evaluators for their own proposals through
 * {@link it.convergo.evaluation.panel.Seats}. Foreign ids look "not found", so they cannot be probed; so do
 * proposals a firm manager declared a conflict with ({@link StaffConflicts}), for that manager.
 */
@Component
public class EvaluationAccess {

    private final Challenges challenges;
    private final SubmittedProposals proposals;
    private final StaffConflicts staffConflicts;

    EvaluationAccess(Challenges challenges, SubmittedProposals proposals, StaffConflicts staffConflicts) {
        this.challenges = challenges;
        this.proposals = proposals;
        this.staffConflicts = staffConflicts;
    }

    /** The challenge, if the current user runs it (its firm's manager) or is an admin. */
    public ChallengeView firmChallenge(long challengeId) {
        ChallengeView challenge = challenges.view(challengeId);
        requireFirm(challenge);
        return challenge;
    }

    /**
     * The proposal and its challenge, if the current user runs that challenge and has not declared a conflict
     * with this proposal (then it is "not found" for them: content, panel, scores, discussion, report).
     */
    public ProposalSummary firmProposal(long proposalId) {
        ProposalSummary proposal = proposals.summary(proposalId);
        firmChallenge(proposal.challengeId());
        if (staffConflicts.isHiddenFromMe(proposalId)) {
            throw new UserFacingException("error.notFound");
        }
        return proposal;
    }

    /** The proposals of a firm's list that the current user may see: those they declared a conflict with are left out. */
    public List<ProposalSummary> visible(List<ProposalSummary> listed) {
        Set<Long> hidden = staffConflicts.hiddenFromMe();
        return hidden.isEmpty() ? listed : listed.stream().filter(p -> !hidden.contains(p.id())).toList();
    }

    /** Whether the current user declared a conflict with this proposal. */
    public boolean hiddenFromMe(long proposalId) {
        return staffConflicts.isHiddenFromMe(proposalId);
    }

    public void requireFirm(ChallengeView challenge) {
        AccountPrincipal user = CurrentUser.require();
        boolean firm = user.has(Role.FIRM_MANAGER) && user.organisationId() != null
                && user.organisationId() == challenge.firmId();
        if (!firm && !user.has(Role.ADMIN)) {
            throw new UserFacingException("error.notFound");
        }
    }

    public boolean isFirm(ChallengeView challenge) {
        try {
            requireFirm(challenge);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    public ChallengeView challenge(long challengeId) {
        return challenges.view(challengeId);
    }

    /** For workflow events: processes started without a challenge row (workflow tests) are ignored. */
    public Optional<ChallengeView> existingChallenge(long challengeId) {
        return challenges.find(challengeId);
    }
}
