package it.convergo.evaluation;

import it.convergo.challenge.ChallengeView;
import it.convergo.proposal.ProposalService;
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
    private final ProposalService proposals;
    private final ProposalEvaluation workflow;
    private final ChallengeLifecycle lifecycle;
    private final AssignmentRepository assignments;
    private final EligibilityRepository eligibility;
    private final ConsensusRepository consensus;
    private final Notices notices;

    EvaluationFlow(EvaluationAccess access, ProposalService proposals, ProposalEvaluation workflow,
                   ChallengeLifecycle lifecycle, AssignmentRepository assignments, EligibilityRepository eligibility,
                   ConsensusRepository consensus, Notices notices) {
        this.access = access;
        this.proposals = proposals;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
        this.assignments = assignments;
        this.eligibility = eligibility;
        this.consensus = consensus;
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
            case ASSIGNED -> notices.toUsers(assignments.findByProposalId(step.proposalId()).stream()
                            .filter(a -> a.status == Assignment.Status.ASSIGNED).map(a -> a.evaluatorId).toList(),
                    "assigned", path, challenge.title());
            case CONFLICT_DECLARED -> notices.toFirm(challenge.firmId(), "conflictDeclared",
                    "evaluation/" + challenge.id(), challenge.title());
            case REMINDER_DUE -> notices.toUsers(List.of(step.evaluatorId()), "reminder", path, challenge.title());
            case EVALUATOR_LATE -> notices.toFirm(challenge.firmId(), "evaluatorLate", "evaluation/" + challenge.id(),
                    challenge.title());
            case NOT_ELIGIBLE, EVALUATED -> completeIfLast(challenge);
        }
    }

    /** Every submitted proposal is either not eligible or has completed consensus: the firm may rank. */
    private void completeIfLast(ChallengeView challenge) {
        List<ProposalSummary> submitted = proposals.submittedTo(challenge.id());
        var notEligible = eligibility.findByChallengeId(challenge.id()).stream().filter(d -> !d.eligible)
                .map(d -> d.proposalId).toList();
        var done = consensus.findByChallengeId(challenge.id()).stream()
                .filter(c -> c.status == Consensus.Status.COMPLETED).map(c -> c.proposalId).toList();
        boolean all = submitted.stream().allMatch(p -> notEligible.contains(p.id()) || done.contains(p.id()));
        if (all) {
            lifecycle.evaluationsComplete(challenge.id(), challenge.firmId());
            notices.toFirm(challenge.firmId(), "rankingReady", "evaluation/" + challenge.id(), challenge.title());
        }
    }
}
