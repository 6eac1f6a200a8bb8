package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The clarification round of {@code proposal-evaluation}: the message starts one round per question beside the
 * evaluation, the applicant's answer or the deadline timer (fired by hand) ends it, rounds never mix their
 * questions, and the consensus waits for an open round.
 */
@RecordApplicationEvents
class ClarificationWorkflowTest extends SpringTest {

    private static final AtomicLong IDS = new AtomicLong(600_000_000L + System.nanoTime() % 100_000_000L);
    /** No real challenge has this id: path tests count the processes of their challenges. */
    private static final long CHALLENGE = 990_000_010L;
    private static final long FIRM = 78;
    private static final long APPLICANT_ORG = 79;
    private static final Instant DUE = Instant.parse("2027-04-30T15:00:00Z");
    private static final Instant REMIND = Instant.parse("2027-04-27T07:00:00Z");
    private static final Instant ANSWER_1 = Instant.parse("2027-04-10T16:00:00Z");
    private static final Instant ANSWER_2 = Instant.parse("2027-04-12T16:00:00Z");

    @Autowired ProposalEvaluation evaluation;
    @Autowired ClarificationRounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ApplicationEvents events;

    long proposal;

    @BeforeEach
    void panelScoring() {
        proposal = IDS.incrementAndGet();
        evaluation.start(proposal, CHALLENGE, FIRM);
        evaluation.decideEligibility(proposal, true);
        evaluation.assign(proposal, List.of(41L, 42L), 41L, DUE, REMIND);
    }

    private List<ClarificationStep> ended() {
        return events.stream(ClarificationStep.class).filter(e -> e.proposalId() == proposal).toList();
    }

    private Job timerDueAt(Instant at) {
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProposalEvaluation.businessKey(proposal))
                .singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(id).list().stream()
                .filter(j -> j.getDuedate().toInstant().equals(at)).findFirst().orElseThrow();
    }

    @Test
    void twoRoundsOneAnsweredOneExpiredEachWithItsOwnQuestion() {
        rounds.request(proposal, 990_001001L, APPLICANT_ORG, ANSWER_1);
        rounds.request(proposal, 990_001002L, APPLICANT_ORG, ANSWER_2);
        assertThat(evaluation.currentSteps(proposal)).contains(EvaluationTask.CONFLICT_CHECK, EvaluationTask.ANSWER_QUESTIONS);
        assertThat(evaluation.pending(proposal)).filteredOn(p -> p.step() == EvaluationTask.ANSWER_QUESTIONS)
                .extracting(ProposalEvaluation.PendingStep::dueAt).containsExactlyInAnyOrder(ANSWER_1, ANSWER_2);
        assertThat(tasks.createTaskQuery().taskCandidateGroup("applicant:" + APPLICANT_ORG)
                .processInstanceBusinessKey(ProposalEvaluation.businessKey(proposal)).count()).isEqualTo(2);
        assertThat(rounds.isWaiting(proposal, 990_001001L)).isTrue();
        assertThat(rounds.isWaiting(proposal, 990_001002L)).isTrue();

        // the applicant answers the first: the panel is told, about that question only
        assertThat(rounds.answered(proposal, 990_001001L)).isTrue();
        assertThat(ended()).containsExactly(new ClarificationStep(proposal, CHALLENGE, 990_001001L, ClarificationStep.Kind.ANSWERED));
        assertThat(rounds.answered(proposal, 990_001001L)).as("answered already: nothing changes").isFalse();
        assertThat(rounds.isWaiting(proposal, 990_001002L)).isTrue();

        // the second one's deadline passes (timer fired by hand): the round ends unanswered
        management.executeJob(management.moveTimerToExecutableJob(timerDueAt(ANSWER_2).getId()).getId());
        assertThat(ended()).endsWith(new ClarificationStep(proposal, CHALLENGE, 990_001002L, ClarificationStep.Kind.UNANSWERED));
        assertThat(rounds.anyWaiting(proposal)).isFalse();
        assertThat(rounds.answered(proposal, 990_001002L)).as("too late: the round is over").isFalse();
        assertThat(evaluation.currentSteps(proposal)).containsExactly(EvaluationTask.CONFLICT_CHECK);
    }

    @Test
    void theConsensusWaitsForAnOpenRoundAndTheProcessEndsWithTheLastRound() {
        evaluation.declareConflict(proposal, 41, false);
        evaluation.declareConflict(proposal, 42, false);
        evaluation.submitScores(proposal, 41, false);
        evaluation.submitScores(proposal, 42, false);
        assertThat(evaluation.currentSteps(proposal)).containsExactly(EvaluationTask.CONFIRM_CONSENSUS);
        rounds.request(proposal, 990_002001L, APPLICANT_ORG, ANSWER_1);
        assertThatThrownBy(() -> evaluation.completeConsensus(proposal, 41)).hasMessage("workflow.error.questionsOpen");
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.CONFIRM_CONSENSUS, 41)).isTrue();

        management.executeJob(management.moveTimerToExecutableJob(timerDueAt(ANSWER_1).getId()).getId());
        assertThat(ended()).containsExactly(new ClarificationStep(proposal, CHALLENGE, 990_002001L, ClarificationStep.Kind.UNANSWERED));
        evaluation.completeConsensus(proposal, 41);
        assertThat(evaluation.currentSteps(proposal)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProposalEvaluation.businessKey(proposal))
                .count()).as("process ended").isZero();
        assertThatThrownBy(() -> rounds.request(proposal, 990_002002L, APPLICANT_ORG, ANSWER_2))
                .as("no round after the evaluation").hasMessage("workflow.error.stepGone");
    }
}
