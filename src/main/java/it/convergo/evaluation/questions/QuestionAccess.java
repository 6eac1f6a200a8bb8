package it.convergo.evaluation.questions;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.EvaluationTask;
import it.convergo.workflow.ProposalEvaluation;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a clarification round, checked on the server: panel members who declared no conflict read
 * it, the rapporteur among them asks, members of the applicant organisation answer. Anyone else finds the
 * proposal "not found", so ids cannot be probed.
 */
@Component
class QuestionAccess {

    /** The evaluation steps during which the panel may ask: after the panel is composed, before the final scores. */
    private static final Set<EvaluationTask> ASKING = EnumSet.of(EvaluationTask.CONFLICT_CHECK,
            EvaluationTask.REPLACE_EVALUATOR, EvaluationTask.SCORING, EvaluationTask.CONSENSUS,
            EvaluationTask.CONFIRM_CONSENSUS);

    private final Seats seats;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;

    QuestionAccess(Seats seats, SubmittedProposals proposals, ProposalEvaluation workflow) {
        this.seats = seats;
        this.proposals = proposals;
        this.workflow = workflow;
    }

    /** The current evaluator's seat, if they sit on the panel and declared no conflict. */
    Assignment panelSeat(long proposalId) {
        Assignment a = seats.mine(proposalId);
        if (a.status() != Assignment.Status.CLEARED && a.status() != Assignment.Status.SUBMITTED) {
            throw new UserFacingException("error.notFound");
        }
        return a;
    }

    /** The rapporteur's seat; other panel members are told that only the rapporteur asks. */
    Assignment rapporteurSeat(long proposalId) {
        Assignment a = panelSeat(proposalId);
        if (!a.rapporteur()) {
            throw new UserFacingException("evaluation.questions.error.rapporteurOnly");
        }
        return a;
    }

    /** Whether the evaluation is at a step where the panel may ask (not before the panel, not after the final scores). */
    boolean askingOpen(long proposalId) {
        return workflow.currentSteps(proposalId).stream().anyMatch(ASKING::contains);
    }

    /** The proposal, if the current user is an applicant of its organisation. */
    ProposalSummary applicantProposal(long proposalId) {
        AccountPrincipal user = CurrentUser.require();
        ProposalSummary p = proposals.summary(proposalId);
        if (!user.has(Role.APPLICANT) || user.organisationId() == null || user.organisationId() != p.organisationId()) {
            throw new UserFacingException("error.notFound");
        }
        return p;
    }
}
