package it.convergo.evaluation.progress;

import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.ChallengeClock;
import it.convergo.workflow.ChallengeLifecycle;
import it.convergo.workflow.EvaluationStep;
import it.convergo.workflow.ProposalEvaluation;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts to the workflow: when a challenge closes, every submitted proposal enters its evaluation; at each
 * automatic step the right people are told; when the last proposal has final scores, the firm's ranking
 * step opens. Runs inside the workflow's transaction, so nothing happens half.
 */
@Component
class EvaluationFlow {

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final ChallengeLifecycle lifecycle;
    private final Seats seats;
    private final EvaluationReconciliation reconciliation;
    private final Notices notices;

    EvaluationFlow(EvaluationAccess access, SubmittedProposals proposals, ProposalEvaluation workflow,
                   ChallengeLifecycle lifecycle, Seats seats,
                   EvaluationReconciliation reconciliation, Notices notices) {
        this.access = access;
        this.proposals = proposals;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
        this.seats = seats;
        this.reconciliation = reconciliation;
        this.notices = notices;
    }

    @EventListener
    @Transactional
    public void on(ChallengeClock tick) {
        if (tick.moment() != ChallengeClock.Moment.CLOSES) {
            return;
        }
        proposals.lockForClosing(tick.challengeId());
        ChallengeView challenge = access.existingChallenge(tick.challengeId()).orElse(null);
        if (challenge == null) {
            return;
        }
        List<ProposalSummary> submitted = proposals.submittedTo(challenge.id());
        submitted.forEach(p -> workflow.start(p.id(), challenge.id(), challenge.firmId()));
        if (submitted.isEmpty()) {
            lifecycle.evaluationsComplete(challenge.id(), challenge.firmId());
        } else {
            notices.toFirm(challenge.firmId(), "eligibilityWaiting", "evaluation/" + challenge.id(), challenge.title(),
                    submitted.size());
        }
        // a submission that committed while this list was taken gets its evaluation once the close commits
        reconciliation.afterCommit(challenge.id());
    }

    @EventListener
    @Transactional
    public void on(EvaluationStep step) {
        ChallengeView challenge = access.existingChallenge(step.challengeId()).orElse(null);
        if (challenge == null) {
            return;
        }
        String path = "evaluate/" + step.proposalId();
        switch (step.kind()) {
            case ASSIGNED -> notices.toUsers(seats.ofProposal(step.proposalId()).stream()
                            .filter(a -> a.status() == Assignment.Status.ASSIGNED).map(Assignment::evaluatorId).toList(),
                    "assigned", path, challenge.title());
            case CONFLICT_DECLARED -> notices.toFirm(challenge.firmId(), "conflictDeclared",
                    "evaluation/" + challenge.id(), challenge.title());
            case REMINDER_DUE -> notices.toUsers(List.of(step.evaluatorId()), "reminder", path, challenge.title());
            case EVALUATOR_LATE -> notices.toFirm(challenge.firmId(), "evaluatorLate", "evaluation/" + challenge.id(),
                    challenge.title());
            case NOT_ELIGIBLE, EVALUATED -> completeIfLast(challenge);
        }
    }

    /**
     * Every submitted proposal is either not eligible or has completed consensus: the firm may rank (see
     * {@link Readiness} for what it still waits for). Two last proposals finished at the same moment would
     * each see the other still open; counting the finish on the challenge's lifecycle first makes the later
     * of them fail and be retried, and the retry sees both.
     */
    private void completeIfLast(ChallengeView challenge) {
        lifecycle.evaluationFinished(challenge.id());
        reconciliation.completeIfReady(challenge);
    }
}
