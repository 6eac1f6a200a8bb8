package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The two-stage path of the lifecycle, timers fired by hand: outlines open, close at the outline deadline (or
 * early), the firm's shortlist step, "Tell applicants", the full stage until the full deadline, then the usual
 * evaluation, decision and publication.
 */
@RecordApplicationEvents
class TwoStageLifecycleTest extends SpringTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 500_000_000L);

    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationEvents events;

    long challengeId;
    Instant opens = Instant.parse("2027-01-10T08:00:00Z");
    Instant outlineCloses = Instant.parse("2027-02-10T16:00:00Z");
    Instant closes = Instant.parse("2027-03-31T15:00:00Z");

    @BeforeEach
    void start() {
        challengeId = IDS.incrementAndGet();
        lifecycle.startTwoStage(challengeId, opens, outlineCloses, closes, 77);
    }

    private Job timer() {
        return management.createTimerJobQuery().processInstanceId(processId()).singleResult();
    }

    private String processId() {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChallengeLifecycle.businessKey(challengeId)).singleResult().getId();
    }

    private List<ChallengeClock.Moment> moments() {
        return events.stream(ChallengeClock.class).filter(e -> e.challengeId() == challengeId)
                .map(ChallengeClock::moment).toList();
    }

    private void fire(Job timer) {
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    @Test
    void bothStagesWithTheirTimersThenTheUsualEvaluation() {
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.WAITING_TO_OPEN);
        fire(timer());
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.OUTLINE_OPEN);
        assertThat(timer().getDuedate().toInstant()).as("the outline deadline").isEqualTo(outlineCloses);
        assertThatThrownBy(() -> lifecycle.confirmShortlist(challengeId)).hasMessage("workflow.error.stepGone");

        fire(timer());
        assertThat(moments()).containsExactly(ChallengeClock.Moment.OPENS, ChallengeClock.Moment.OUTLINE_CLOSES);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.SHORTLIST);
        assertThat(timer()).as("nothing runs while the firm shortlists").isNull();
        assertThat(tasks.createTaskQuery().processInstanceId(processId()).taskCandidateGroup("firm:77").count())
                .as("the firm's task").isEqualTo(1);
        assertThatThrownBy(() -> lifecycle.closeNow(challengeId)).hasMessage("challenge.error.notOpen");

        lifecycle.confirmShortlist(challengeId);
        assertThatThrownBy(() -> lifecycle.confirmShortlist(challengeId)).hasMessage("workflow.error.stepGone");
        assertThat(moments()).endsWith(ChallengeClock.Moment.FULL_STAGE_OPENS);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.FULL_OPEN);
        assertThat(timer().getDuedate().toInstant()).as("the full deadline").isEqualTo(closes);
        Instant later = closes.plus(7, ChronoUnit.DAYS);
        lifecycle.reschedule(challengeId, later);
        assertThat(timer().getDuedate().toInstant()).as("an extension moves the full stage's timer").isEqualTo(later);

        fire(timer());
        assertThat(moments()).endsWith(ChallengeClock.Moment.CLOSES);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.EVALUATION);
        lifecycle.evaluationsComplete(challengeId, 77);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.DECISION);
        lifecycle.publishResults(challengeId);
        assertThat(moments()).containsExactly(ChallengeClock.Moment.OPENS, ChallengeClock.Moment.OUTLINE_CLOSES,
                ChallengeClock.Moment.FULL_STAGE_OPENS, ChallengeClock.Moment.CLOSES, ChallengeClock.Moment.RESULTS_PUBLISHED);
        assertThat(lifecycle.currentStep(challengeId)).isEmpty();
    }

    @Test
    void closingEarlyInEachStageClosesThatStage() {
        fire(timer());
        lifecycle.closeNow(challengeId);
        assertThat(moments()).endsWith(ChallengeClock.Moment.OUTLINE_CLOSES);
        assertThat(timer()).as("the outline timer is gone").isNull();
        lifecycle.confirmShortlist(challengeId);
        lifecycle.closeNow(challengeId);
        assertThat(moments()).endsWith(ChallengeClock.Moment.CLOSES);
        assertThat(timer()).as("the full stage's timer is gone").isNull();
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.EVALUATION);
    }

    @Test
    void aSingleStageLifecycleNeverEntersTheOutlinePath() {
        long single = IDS.incrementAndGet();
        lifecycle.start(single, opens, closes);
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChallengeLifecycle.businessKey(single)).singleResult().getId();
        fire(management.createTimerJobQuery().processInstanceId(process).singleResult());
        assertThat(lifecycle.currentStep(single)).contains(LifecycleStep.OPEN);
        assertThat(runtime.getActiveActivityIds(process)).doesNotContain("outlineGateway", "outlineClosesTimer");
        assertThat(management.createTimerJobQuery().processInstanceId(process).singleResult().getDuedate().toInstant())
                .isEqualTo(closes);
    }
}
