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
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The lifecycle's timers, fired by hand: opening, closing, an extended deadline and an early close. */
@RecordApplicationEvents
class ChallengeLifecycleTest extends SpringTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationEvents events;

    long challengeId;
    Instant opens = Instant.parse("2027-01-10T08:00:00Z");
    Instant closes = Instant.parse("2027-03-31T15:00:00Z");

    @BeforeEach
    void start() {
        challengeId = IDS.incrementAndGet();
        lifecycle.start(challengeId, opens, closes);
    }

    private Job timer() {
        return management.createTimerJobQuery().processInstanceId(processId()).singleResult();
    }

    private String processId() {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChallengeLifecycle.businessKey(challengeId)).singleResult().getId();
    }

    private List<ChallengeClock> clock() {
        return events.stream(ChallengeClock.class).filter(e -> e.challengeId() == challengeId).toList();
    }

    private void fire(Job timer) {
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }

    @Test
    void timersOpenAndCloseAtTheExactInstants() {
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.WAITING_TO_OPEN);
        assertThat(timer().getDuedate().toInstant()).isEqualTo(opens);
        fire(timer());
        assertThat(clock()).containsExactly(new ChallengeClock(challengeId, ChallengeClock.Moment.OPENS));

        assertThat(timer().getDuedate().toInstant()).isEqualTo(closes);
        fire(timer());
        assertThat(clock()).endsWith(new ChallengeClock(challengeId, ChallengeClock.Moment.CLOSES));
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.EVALUATION);
    }

    @Test
    void afterEvaluationTheFirmDecidesAndPublishes() {
        fire(timer());
        fire(timer());
        assertThatThrownBy(() -> lifecycle.publishResults(challengeId)).hasMessage("workflow.error.stepGone");
        lifecycle.evaluationsComplete(challengeId, 42);
        lifecycle.evaluationsComplete(challengeId, 42);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.DECISION);
        lifecycle.publishResults(challengeId);
        assertThat(clock()).endsWith(new ChallengeClock(challengeId, ChallengeClock.Moment.RESULTS_PUBLISHED));
        assertThat(lifecycle.currentStep(challengeId)).isEmpty();
    }

    @Test
    void startingTwiceKeepsOneProcess() {
        lifecycle.start(challengeId, opens, closes);
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChallengeLifecycle.businessKey(challengeId)).count()).isEqualTo(1);
    }

    @Test
    void extendedDeadlineMovesTheClosingTimer() {
        fire(timer());
        Instant later = closes.plus(7, ChronoUnit.DAYS);
        lifecycle.reschedule(challengeId, later);
        assertThat(timer().getDuedate().toInstant()).isEqualTo(later);
    }

    @Test
    void firmCanCloseEarlyOnlyWhileOpen() {
        assertThatThrownBy(() -> lifecycle.closeNow(challengeId)).hasMessage("challenge.error.notOpen");
        fire(timer());
        lifecycle.closeNow(challengeId);
        assertThat(clock()).endsWith(new ChallengeClock(challengeId, ChallengeClock.Moment.CLOSES));
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.EVALUATION);
        assertThat(timer()).as("the closing timer is gone").isNull();
    }
}
