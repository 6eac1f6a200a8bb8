package it.convergo.evaluation.progress;

import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.ChallengeLifecycle;
import it.convergo.workflow.LifecycleStep;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Repairs what a race may leave behind, so no challenge waits for ever: every submitted proposal of a closed
 * challenge gets its evaluation (the firm is told), and a challenge whose proposals are all done moves on to
 * the ranking. Runs right after a challenge closes, after each final step, and at start-up for every challenge
 * still in evaluation. Idempotent, and safe with several nodes: starting an evaluation twice collides on its
 * process id and the retry finds it started.
 */
@Component
class EvaluationReconciliation {

    private static final Logger log = LoggerFactory.getLogger(EvaluationReconciliation.class);

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final ChallengeLifecycle lifecycle;
    private final Readiness readiness;
    private final Notices notices;
    private final RetryingTransactions retrying;

    EvaluationReconciliation(EvaluationAccess access, SubmittedProposals proposals, ProposalEvaluation workflow,
                             ChallengeLifecycle lifecycle, Readiness readiness, Notices notices,
                             RetryingTransactions retrying) {
        this.access = access;
        this.proposals = proposals;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
        this.readiness = readiness;
        this.notices = notices;
        this.retrying = retrying;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        for (long challengeId : lifecycle.inEvaluation()) {
            reconcileNow(challengeId);
        }
    }

    /** Now, in a transaction of its own, retried when another node repairs the same challenge at once. */
    int reconcileNow(long challengeId) {
        return retrying.run(() -> reconcile(challengeId));
    }

    /** Once the current transaction (the closing) has committed, in a transaction of its own. */
    void afterCommit(long challengeId) {
        retrying.afterCommit(() -> reconcile(challengeId));
    }

    /**
     * Starts the missing evaluations of a closed challenge and opens the ranking when all are done.
     *
     * @return how many evaluations were missing and are now started
     */
    int reconcile(long challengeId) {
        ChallengeView challenge = access.existingChallenge(challengeId).orElse(null);
        if (challenge == null || !lifecycle.currentStep(challengeId).map(LifecycleStep.EVALUATION::equals).orElse(false)) {
            return 0;
        }
        Set<Long> started = workflow.startedFor(challengeId);
        List<ProposalSummary> orphans = proposals.submittedTo(challengeId).stream().filter(p -> !started.contains(p.id())).toList();
        int repaired = 0;
        for (ProposalSummary p : orphans) {
            if (workflow.start(p.id(), challengeId, challenge.firmId())) {
                repaired++;
            }
        }
        if (repaired > 0) {
            log.warn("challenge {}: {} submitted proposal(s) had no evaluation; started now", challengeId, repaired);
            notices.toFirm(challenge.firmId(), "eligibilityWaiting", "evaluation/" + challengeId, challenge.title(), repaired);
        }
        completeIfReady(challenge);
        return repaired;
    }

    /** The ranking opens (once) when every submitted proposal is evaluated or not eligible. */
    void completeIfReady(ChallengeView challenge) {
        if (readiness.ready(challenge.id()) && lifecycle.evaluationsComplete(challenge.id(), challenge.firmId())) {
            notices.toFirm(challenge.firmId(), "rankingReady", "evaluation/" + challenge.id(), challenge.title());
        }
    }
}
