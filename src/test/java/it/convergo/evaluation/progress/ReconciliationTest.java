package it.convergo.evaluation.progress;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import it.convergo.notification.MailService;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.support.SpringTest;
import it.convergo.workflow.ChallengeLifecycle;
import it.convergo.workflow.LifecycleStep;
import it.convergo.workflow.ProposalEvaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A submitted proposal of a closed challenge without an evaluation (a race at the deadline left it behind,
 * planted here by deleting its process) blocks the ranking and is explained as such; the reconciliation
 * (start-up, or two nodes at once) repairs it exactly once and tells the firm.
 */
class ReconciliationTest extends SpringTest {

    @Autowired ChallengeFixtures challenges;
    @Autowired ProposalFixtures proposals;
    @Autowired EligibilityService eligibility;
    @Autowired BoardService board;
    @Autowired EvaluationReconciliation reconciliation;
    @Autowired ProposalEvaluation workflow;
    @Autowired ChallengeLifecycle lifecycle;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired MailService mail;

    @AfterEach
    void signOut() {
        challenges.signOut();
    }

    @Test
    void anOrphanIsExplainedThenRepairedOnceEvenByTwoNodes() throws Exception {
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        long challenge = challenges.open(ChallengeFixtures.unique("Orphans"));
        long kept = proposals.submitted(challenges.applicant(), challenge);
        long orphan = proposals.submitted(challenges.applicant(), challenge);
        challenges.fireLifecycleTimer(challenge);
        plantOrphan(orphan);

        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(kept), false, IneligibilityReason.OUT_OF_SCOPE, null);
        ReadinessReport before = board.readiness(challenge);
        assertThat(before.ready()).isFalse();
        assertThat(before.waiting()).singleElement().satisfies(w -> {
            assertThat(w.proposalId()).isEqualTo(orphan);
            assertThat(w.reason()).isEqualTo(ReadinessReport.Reason.NO_EVALUATION);
        });
        assertThat(lifecycle.currentStep(challenge)).as("one orphan blocks the ranking").contains(LifecycleStep.EVALUATION);
        int mailsBefore = mail.sentTo(manager.getEmail()).size();

        // two nodes start up at the same moment
        List<Integer> repaired = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            done.add(nodes.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                repaired.add(reconciliation.reconcileNow(challenge));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        nodes.shutdown();
        System.out.println("ReconciliationTest: evaluations started by the two nodes: " + repaired);

        assertThat(repaired.stream().mapToInt(Integer::intValue).sum()).as("started exactly once").isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + orphan).count()).isEqualTo(1);
        assertThat(mail.sentTo(manager.getEmail()).size()).as("the firm is told").isGreaterThan(mailsBefore);
        ReadinessReport after = board.readiness(challenge);
        assertThat(after.waiting()).singleElement()
                .satisfies(w -> assertThat(w.reason()).isEqualTo(ReadinessReport.Reason.ELIGIBILITY));
        assertThat(reconciliation.reconcileNow(challenge)).as("idempotent").isZero();

        // the start-up pass repairs nothing more; once the repaired proposal is decided the ranking opens
        reconciliation.atStartUp();
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(orphan), false, IneligibilityReason.OUT_OF_SCOPE, null);
        assertThat(board.readiness(challenge).ready()).isTrue();
        assertThat(lifecycle.currentStep(challenge)).contains(LifecycleStep.DECISION);
    }

    /** As if the closing had missed the proposal: no process, running or finished. */
    private void plantOrphan(long proposal) {
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + proposal).singleResult().getId();
        runtime.deleteProcessInstance(id, "planted orphan");
        history.deleteHistoricProcessInstance(id);
        assertThat(workflow.hasEvaluation(proposal)).isFalse();
    }
}
