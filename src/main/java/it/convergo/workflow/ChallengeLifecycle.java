package it.convergo.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import it.convergo.base.UserFacingException;

/**
 * Runs one {@code challenge-lifecycle} process per published challenge. Its timers open and close the
 * challenge on the server at the exact instants, whether or not anybody is signed in; each step is
 * announced as a {@link ChallengeClock} event.
 */
@Service
public class ChallengeLifecycle {

    static final String PROCESS = "challenge-lifecycle";
    static final String CLOSE_EARLY = "closeEarly";
    /** Count of proposals whose evaluation ended; each final step of the challenge updates this one row. */
    static final String FINISHED = "finishedEvaluations";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final ProcessEngineConfiguration engine;

    ChallengeLifecycle(RuntimeService runtime, ManagementService management, TaskService tasks,
                       ProcessEngineConfiguration engine) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.engine = engine;
    }

    /** Starts the lifecycle when a challenge is published; idempotent for a challenge already running. */
    @Transactional
    public void start(long challengeId, Instant opensAt, Instant closesAt) {
        if (instance(challengeId).isPresent()) {
            return;
        }
        runtime.startProcessInstanceByKey(PROCESS, businessKey(challengeId), Map.of(
                "challengeId", challengeId,
                "opensAt", opensAt.toString(),
                "closesAt", closesAt.toString(),
                "twoStage", false,
                FINISHED, 0L));
    }

    /**
     * Starts the lifecycle of a two-stage challenge: outlines until {@code outlineClosesAt}, the firm's shortlist,
     * then invited full proposals until {@code closesAt}; idempotent like {@link #start}.
     */
    @Transactional
    public void startTwoStage(long challengeId, Instant opensAt, Instant outlineClosesAt, Instant closesAt,
                              long firmOrganisationId) {
        if (instance(challengeId).isPresent()) {
            return;
        }
        runtime.startProcessInstanceByKey(PROCESS, businessKey(challengeId), Map.of(
                "challengeId", challengeId,
                "opensAt", opensAt.toString(),
                "outlineClosesAt", outlineClosesAt.toString(),
                "closesAt", closesAt.toString(),
                "twoStage", true,
                "firmGroup", ProposalEvaluation.firmGroup(firmOrganisationId),
                FINISHED, 0L));
    }

    /**
     * The firm confirmed the shortlist of a two-stage challenge: completes "Shortlist outlines", whose next step
     * announces {@link ChallengeClock.Moment#FULL_STAGE_OPENS} in this transaction. Refused when the lifecycle is
     * not waiting for the shortlist (not yet closed, or confirmed already by a second click or tab).
     */
    @Transactional
    public void confirmShortlist(long challengeId) {
        ProcessInstance process = instance(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        var task = tasks.createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(LifecycleStep.SHORTLIST.bpmnId()).singleResult();
        if (task == null) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        try {
            tasks.complete(task.getId());
        } catch (org.flowable.common.engine.api.FlowableOptimisticLockingException confirmedMeanwhile) {
            // two managers confirmed at once: the other one's confirmation stands
            throw new UserFacingException("workflow.error.stepGone");
        }
    }

    /** Moves the closing timer, e.g. when the firm extends the deadline. */
    @Transactional
    public void reschedule(long challengeId, Instant closesAt) {
        ProcessInstance process = instance(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        runtime.setVariable(process.getId(), "closesAt", closesAt.toString());
        for (Job timer : management.createTimerJobQuery().processInstanceId(process.getId()).list()) {
            String activity = activityOf(timer);
            if (LifecycleStep.CLOSES_TIMER.equals(activity) || LifecycleStep.FULL_CLOSES_TIMER.equals(activity)) {
                management.rescheduleTimeDateJob(timer.getId(), closesAt.toString());
            }
        }
    }

    /** Closes an open challenge now instead of at its closing time. */
    @Transactional
    public void closeNow(long challengeId) {
        ProcessInstance process = instance(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        var waiting = runtime.createExecutionQuery().processInstanceId(process.getId())
                .messageEventSubscriptionName(CLOSE_EARLY).singleResult();
        if (waiting == null) {
            throw new UserFacingException("challenge.error.notOpen");
        }
        runtime.messageEventReceived(CLOSE_EARLY, waiting.getId());
    }

    /**
     * Called when every eligible proposal has its final scores: the firm gets the ranking-and-decision
     * step. Does nothing if the lifecycle is not waiting for evaluations (e.g. called twice).
     *
     * @return whether this call moved the challenge on to the decision
     */
    @Transactional
    public boolean evaluationsComplete(long challengeId, long firmOrganisationId) {
        return instance(challengeId).map(process -> {
            var waiting = runtime.createExecutionQuery().processInstanceId(process.getId())
                    .activityId(LifecycleStep.EVALUATION.bpmnId()).singleResult();
            if (waiting != null) {
                runtime.setVariable(process.getId(), "firmGroup", ProposalEvaluation.firmGroup(firmOrganisationId));
                runtime.trigger(waiting.getId());
            }
            return waiting != null;
        }).orElse(false);
    }

    /**
     * Counts a proposal whose evaluation ended (evaluated or not eligible). Every final step of the challenge
     * updates the same variable, so two that happen at once cannot both commit unaware of each other: the
     * later one fails on the variable's revision and, retried, sees the other's result when it asks whether
     * the challenge is ready to rank.
     */
    @Transactional
    public void evaluationFinished(long challengeId) {
        instance(challengeId).ifPresent(p -> {
            Object finished = runtime.getVariable(p.getId(), FINISHED);
            runtime.setVariable(p.getId(), FINISHED, finished == null ? 1L : ((Number) finished).longValue() + 1);
        });
    }

    /** Challenges closed and still waiting for their evaluations: those a reconciliation looks at. */
    @Transactional(readOnly = true)
    public List<Long> inEvaluation() {
        Set<String> processIds = runtime.createExecutionQuery().processDefinitionKey(PROCESS)
                .activityId(LifecycleStep.EVALUATION.bpmnId()).list().stream()
                .map(Execution::getProcessInstanceId).collect(Collectors.toSet());
        if (processIds.isEmpty()) {
            return List.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                .map(p -> Long.valueOf(p.getBusinessKey().substring("challenge:".length()))).sorted().toList();
    }

    /** The firm publishes the results: completes the decision step, which announces RESULTS_PUBLISHED. */
    @Transactional
    public void publishResults(long challengeId) {
        ProcessInstance process = instance(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        var decision = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(LifecycleStep.DECISION.bpmnId()).singleResult();
        if (decision == null) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        tasks.complete(decision.getId());
    }

    /**
     * Runs this challenge's timers that are already due, now, in the caller's thread (demo data needs the
     * opening before it can submit). Call it inside {@link #withJobExecutorPaused}; should the executor run a
     * job first anyway, the second attempt finds it gone and nothing runs twice.
     */
    public void runDueTimers(long challengeId, Instant now) {
        instance(challengeId).ifPresent(process -> {
            for (Job timer : management.createTimerJobQuery().processInstanceId(process.getId()).list()) {
                if (!timer.getDuedate().toInstant().isAfter(now)) {
                    try {
                        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
                    } catch (FlowableException alreadyRun) {
                        // the job executor was faster: the step has happened
                    }
                }
            }
        });
    }

    /**
     * Runs a batch of set-up work (demo data) with the background job executor paused, so timers run by
     * {@link #runDueTimers} are not picked up twice; the executor resumes afterwards.
     */
    public void withJobExecutorPaused(Runnable work) {
        AsyncExecutor executor = engine.getAsyncExecutor();
        boolean wasActive = executor != null && executor.isActive();
        if (wasActive) {
            executor.shutdown();
        }
        try {
            work.run();
        } finally {
            if (wasActive) {
                executor.start();
            }
        }
    }

    /** The step the lifecycle waits in, empty when archived (or never published). */
    @Transactional(readOnly = true)
    public Optional<LifecycleStep> currentStep(long challengeId) {
        return instance(challengeId).flatMap(p -> runtime.getActiveActivityIds(p.getId()).stream()
                .map(LifecycleStep::of).flatMap(Optional::stream).findFirst());
    }

    private Optional<ProcessInstance> instance(long challengeId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(challengeId)).singleResult());
    }

    private String activityOf(Job job) {
        var execution = runtime.createExecutionQuery().executionId(job.getExecutionId()).singleResult();
        return execution == null ? null : execution.getActivityId();
    }

    static String businessKey(long challengeId) {
        return "challenge:" + challengeId;
    }
}
