package it.convergo.workflow;

import it.convergo.base.UserFacingException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation feature's handle on the {@code pitch-day} process: started when the invitations go out,
 * it waits for the pitch's start, then asks each jury member to score until they have all submitted, the scores'
 * due time passes or the firm closes the scoring. Addressed by the pitch day's id;
 * ownership and validation are the caller's job.
 */
@Service
public class PitchDayFlow {

    static final String PROCESS = "pitch-day";
    static final String SCORE_TASK = "scorePitch";
    static final String CLOSE_SCORING = "pitchScoringClosed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    PitchDayFlow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    /** A jury member's open scoring of a pitch day, and by when. */
    public record PitchTask(long pitchDayId, long challengeId, Instant dueAt) {
    }

    /**
     * Starts the pitch day's process; at most once per pitch day (a second call, or a second node, finds it
     * started: the instance id is derived from the pitch day).
     *
     * @return whether this call started it
     */
    @Transactional
    public boolean start(long pitchDayId, long challengeId, Instant startsAt, Collection<Long> jury, Instant dueAt) {
        if (jury.isEmpty()) {
            throw new UserFacingException("pitch.error.noJury");
        }
        if (started(pitchDayId)) {
            return false;
        }
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS).businessKey(businessKey(pitchDayId))
                .predefineProcessInstanceId(PROCESS + ":" + pitchDayId)
                .variables(Map.of("pitchDayId", pitchDayId, "challengeId", challengeId,
                        "startsAt", startsAt.toString(), "dueAt", dueAt.toString(),
                        "jury", jury.stream().distinct().map(String::valueOf).toList()))
                .start();
        return true;
    }

    /** Whether the pitch day's process was ever started (running or finished). */
    @Transactional(readOnly = true)
    public boolean started(long pitchDayId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(pitchDayId)).count() > 0;
    }

    /** Whether the process still waits for the pitch to start. */
    @Transactional(readOnly = true)
    public boolean waitingForStart(long pitchDayId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(pitchDayId)).list().stream()
                .anyMatch(p -> runtime.getActiveActivityIds(p.getId()).contains("pitchStarts"));
    }

    /** Whether this jury member's scoring of the pitch day is open (the pitch started, not yet submitted). */
    @Transactional(readOnly = true)
    public boolean isScoring(long pitchDayId, long evaluatorId) {
        return find(pitchDayId, evaluatorId).isPresent();
    }

    /** Whether the jury's scoring is open: the pitch started and the scoring has not ended yet. */
    @Transactional(readOnly = true)
    public boolean scoringOpen(long pitchDayId) {
        return closingPoint(pitchDayId).isPresent();
    }

    /**
     * Ends the jury's scoring now, with the scores submitted so far: the pitch goes into the ranking inside this
     * call. False (nothing changed) when the scoring is not open.
     */
    @Transactional
    public boolean closeScoring(long pitchDayId) {
        Optional<Execution> waiting = closingPoint(pitchDayId);
        waiting.ifPresent(e -> runtime.messageEventReceived(CLOSE_SCORING, e.getId()));
        return waiting.isPresent();
    }

    private Optional<Execution> closingPoint(long pitchDayId) {
        return runtime.createExecutionQuery().processInstanceId(PROCESS + ":" + pitchDayId)
                .messageEventSubscriptionName(CLOSE_SCORING).list().stream().findFirst();
    }

    /** Completes the jury member's scoring; false (nothing changed) when it was not open. */
    @Transactional
    public boolean submit(long pitchDayId, long evaluatorId) {
        Optional<Task> task = find(pitchDayId, evaluatorId);
        task.ifPresent(t -> tasks.complete(t.getId()));
        return task.isPresent();
    }

    /** Every pitch day waiting for this jury member's scores, soonest due first. */
    @Transactional(readOnly = true)
    public List<PitchTask> pendingFor(long evaluatorId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(SCORE_TASK)
                .taskAssignee(String.valueOf(evaluatorId)).includeProcessVariables().orderByTaskDueDate().asc().list()
                .stream().map(t -> new PitchTask(longVar(t, "pitchDayId"), longVar(t, "challengeId"),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList();
    }

    private Optional<Task> find(long pitchDayId, long evaluatorId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(pitchDayId)).taskDefinitionKey(SCORE_TASK)
                .taskAssignee(String.valueOf(evaluatorId)).list().stream().findFirst();
    }

    private static long longVar(Task t, String name) {
        return ((Number) t.getProcessVariables().get(name)).longValue();
    }

    static String businessKey(long pitchDayId) {
        return "pitch-day:" + pitchDayId;
    }
}
