package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drives proposals through the evaluation process; timers are fired by hand, never waited for. */
@RecordApplicationEvents
class ProposalEvaluationTest extends SpringTest {

    private static final AtomicLong IDS = new AtomicLong(500_000_000L + System.nanoTime() % 100_000_000L);
    private static final long FIRM = 77;
    private static final Instant DUE = Instant.parse("2027-04-30T15:00:00Z");
    private static final Instant REMIND = Instant.parse("2027-04-27T07:00:00Z");

    @Autowired
    ProposalEvaluation evaluation;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationEvents events;

    long proposal;
    /** No real challenge has this id: the path tests count the processes of their own challenges. */
    final long challenge = 990_000_009L;

    @BeforeEach
    void submit() {
        proposal = IDS.incrementAndGet();
        evaluation.start(proposal, challenge, FIRM);
    }

    private List<EvaluationStep.Kind> steps() {
        return events.stream(EvaluationStep.class).filter(e -> e.proposalId() == proposal).map(EvaluationStep::kind).toList();
    }

    private List<Job> timers() {
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProposalEvaluation.businessKey(proposal))
                .singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(id).list();
    }

    private void fire(Job timer) {
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    @Test
    void notEligibleEndsTheProcessAndTellsTheApplicant() {
        assertThat(evaluation.currentSteps(proposal)).containsExactly(EvaluationTask.ELIGIBILITY);
        assertThat(evaluation.pendingForFirm(FIRM)).extracting(ProposalEvaluation.PendingStep::proposalId).contains(proposal);
        evaluation.decideEligibility(proposal, false);
        assertThat(steps()).containsExactly(EvaluationStep.Kind.NOT_ELIGIBLE);
        assertThat(evaluation.currentSteps(proposal)).isEmpty();
        assertThat(evaluation.decideEligibility(proposal, true)).as("decided already: nothing changes").isFalse();
    }

    @Test
    void fullPanelWithConflictReplacementLateEvaluatorAndConsensus() {
        evaluation.decideEligibility(proposal, true);
        assertThatThrownBy(() -> evaluation.assign(proposal, List.of(1L, 2L), 3L, DUE, REMIND))
                .hasMessage("evaluation.error.rapporteur");
        evaluation.assign(proposal, List.of(11L, 12L, 13L), 11L, DUE, REMIND);
        assertThat(steps()).containsExactly(EvaluationStep.Kind.ASSIGNED);
        assertThat(evaluation.pendingForEvaluator(12)).extracting(ProposalEvaluation.PendingStep::step).contains(EvaluationTask.CONFLICT_CHECK);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.SCORING, 12)).isFalse();

        // evaluator 13 has a conflict: the firm replaces them with 14, who then declares none
        evaluation.declareConflict(proposal, 13, true);
        assertThat(steps()).contains(EvaluationStep.Kind.CONFLICT_DECLARED);
        assertThat(events.stream(EvaluationStep.class).filter(e -> e.kind() == EvaluationStep.Kind.CONFLICT_DECLARED))
                .extracting(EvaluationStep::evaluatorId).containsExactly(13L);
        evaluation.replaceConflicted(proposal, 13, 14);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.CONFLICT_CHECK, 14)).isTrue();
        evaluation.declareConflict(proposal, 14, false);
        evaluation.declareConflict(proposal, 11, false);
        evaluation.declareConflict(proposal, 12, false);
        assertThatThrownBy(() -> evaluation.declareConflict(proposal, 12, false)).hasMessage("workflow.error.stepGone");

        // each scoring task has its due date and two timers: reminder and due
        var pending = evaluation.pendingForEvaluator(11);
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo(EvaluationTask.SCORING);
            assertThat(p.dueAt()).isEqualTo(DUE);
        });
        assertThat(timers()).hasSize(6);
        timers().stream().filter(t -> t.getDuedate().toInstant().equals(REMIND)).forEach(this::fire);
        assertThat(steps().stream().filter(k -> k == EvaluationStep.Kind.REMINDER_DUE)).hasSize(3);

        evaluation.submitScores(proposal, 11, false);
        evaluation.submitScores(proposal, 14, false);
        assertThatThrownBy(() -> evaluation.submitScores(proposal, 14, false)).hasMessage("workflow.error.stepGone");

        // evaluator 12 is late: the firm hears of it, the task stays open (non-interrupting timer)
        timers().stream().filter(t -> t.getDuedate().toInstant().equals(DUE)).forEach(this::fire);
        assertThat(events.stream(EvaluationStep.class).filter(e -> e.proposalId() == proposal
                && e.kind() == EvaluationStep.Kind.EVALUATOR_LATE)).extracting(EvaluationStep::evaluatorId).containsExactly(12L);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.SCORING, 12)).isTrue();

        evaluation.submitScores(proposal, 12, true);
        assertThat(evaluation.currentSteps(proposal)).containsExactly(EvaluationTask.CONSENSUS);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.CONSENSUS, 11)).isTrue();
        evaluation.completeConsensus(proposal, 11);
        assertThat(steps()).endsWith(EvaluationStep.Kind.EVALUATED);
        assertThat(evaluation.currentSteps(proposal)).isEmpty();
    }

    @Test
    void diagramHighlightsTheCurrentStep() throws Exception {
        byte[] png = evaluation.diagram(proposal);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(1000);
        java.nio.file.Files.write(java.nio.file.Path.of("target/proposal-evaluation.png"), png);
    }

    @Test
    void agreeingPanelOnlyConfirmsAndAReassignedEvaluatorTakesOver() {
        evaluation.decideEligibility(proposal, true);
        evaluation.assign(proposal, List.of(21L, 22L), 22L, DUE, REMIND);
        evaluation.declareConflict(proposal, 21, false);
        // 22 never answers: the firm hands the work to 23, who becomes rapporteur too
        evaluation.reassign(proposal, 22, 23);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.CONFLICT_CHECK, 23)).isTrue();
        evaluation.declareConflict(proposal, 23, false);
        evaluation.submitScores(proposal, 21, false);
        evaluation.submitScores(proposal, 23, false);
        assertThat(evaluation.currentSteps(proposal)).containsExactly(EvaluationTask.CONFIRM_CONSENSUS);
        evaluation.completeConsensus(proposal, 23);
        assertThat(steps()).endsWith(EvaluationStep.Kind.EVALUATED);
    }

    @Test
    void anEvaluatorReplacedWhileScoringHandsOverADeclarationFirst() {
        evaluation.decideEligibility(proposal, true);
        evaluation.assign(proposal, List.of(31L, 32L), 32L, DUE, REMIND);
        evaluation.declareConflict(proposal, 31, false);
        evaluation.declareConflict(proposal, 32, false);
        assertThat(timers()).hasSize(4);
        evaluation.reassign(proposal, 32, 33);
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.SCORING, 32)).isFalse();
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.SCORING, 33)).isFalse();
        assertThat(evaluation.isWaitingFor(proposal, EvaluationTask.CONFLICT_CHECK, 33)).as("declares first").isTrue();
        assertThat(timers()).as("the replaced scoring's timers are gone").hasSize(2);
        evaluation.declareConflict(proposal, 33, false);
        assertThat(timers()).hasSize(4);
        evaluation.submitScores(proposal, 31, false);
        evaluation.submitScores(proposal, 33, false);
        evaluation.completeConsensus(proposal, 33);
        assertThat(steps()).endsWith(EvaluationStep.Kind.EVALUATED);
    }
}
