package it.convergo.workflow;

import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation feature's handle on the {@code proposal-evaluation} process. Everything is addressed by
 * domain ids; the UI never sees a task id. Each method completes exactly the task it names, so a double
 * click or a second tab finds nothing to complete and gets a clear refusal instead of a second evaluation.
 * Ownership and validation are the caller's job; this class only moves the process.
 */
@Service
public class ProposalEvaluation {

    static final String PROCESS = "proposal-evaluation";
    /** Message that restarts one evaluator's branch at the declaration, for the replacement. */
    static final String EVALUATOR_REPLACED = "evaluatorReplaced";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final HistoryService history;

    ProposalEvaluation(RuntimeService runtime, TaskService tasks, RepositoryService repository, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.history = history;
    }

    /** A step waiting for someone: which proposal, which step, for whom and by when. */
    public record PendingStep(long proposalId, EvaluationTask step, Long evaluatorId, Instant dueAt) {
    }

    /**
     * Starts the evaluation of a submitted proposal; the firm's eligibility check is the first step. At most
     * one evaluation per proposal, ever: one that ran or runs is not started again, and two nodes starting
     * the same proposal at once collide on the process instance id derived from the proposal (the loser's
     * transaction fails and, retried, finds the evaluation started).
     *
     * @return whether this call started it
     */
    @Transactional
    public boolean start(long proposalId, long challengeId, long firmOrganisationId) {
        if (hasEvaluation(proposalId)) {
            return false;
        }
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS).businessKey(businessKey(proposalId))
                .predefineProcessInstanceId(PROCESS + ":" + proposalId)
                .variables(Map.of("proposalId", proposalId, "challengeId", challengeId,
                        "firmGroup", firmGroup(firmOrganisationId)))
                .start();
        return true;
    }

    /** Whether the proposal's evaluation was ever started (running or finished). */
    @Transactional(readOnly = true)
    public boolean hasEvaluation(long proposalId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(proposalId)).count() > 0 || instance(proposalId).isPresent();
    }

    /** The proposals of this challenge whose evaluation was ever started (running or finished). */
    @Transactional(readOnly = true)
    public Set<Long> startedFor(long challengeId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .variableValueEquals("challengeId", challengeId).list().stream()
                .map(p -> Long.valueOf(p.getBusinessKey().substring("proposal:".length()))).collect(Collectors.toSet());
    }

    /** Every step this proposal waits in, with the person it waits for (evaluator, rapporteur, or the one to replace). */
    @Transactional(readOnly = true)
    public List<PendingStep> pending(long proposalId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId)).orderByTaskCreateTime().asc()
                .list().stream().map(t -> new PendingStep(proposalId, step(t),
                        t.getAssignee() != null ? Long.valueOf(t.getAssignee()) : evaluatorOf(t), instant(t.getDueDate())))
                .toList();
    }

    /** Completes the eligibility check; false (nothing changed) when it was already decided. */
    @Transactional
    public boolean decideEligibility(long proposalId, boolean eligible) {
        Optional<Task> task = find(proposalId, EvaluationTask.ELIGIBILITY, null);
        task.ifPresent(t -> complete(t, Map.of("eligible", eligible)));
        return task.isPresent();
    }

    /** Whether the proposal waits for this step (of anybody). */
    @Transactional(readOnly = true)
    public boolean isWaitingIn(long proposalId, EvaluationTask step) {
        return find(proposalId, step, null).isPresent();
    }

    /**
     * Assigns the panel. The rapporteur must be one of the evaluators; reminders go out at
     * {@code remindAt}, the firm hears at {@code dueAt} about anyone still missing.
     */
    @Transactional
    public void assign(long proposalId, List<Long> evaluatorIds, long rapporteurId, Instant dueAt, Instant remindAt) {
        if (evaluatorIds.isEmpty() || evaluatorIds.stream().distinct().count() != evaluatorIds.size()) {
            throw new UserFacingException("evaluation.error.panel");
        }
        if (!evaluatorIds.contains(rapporteurId)) {
            throw new UserFacingException("evaluation.error.rapporteur");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("evaluators", evaluatorIds.stream().map(String::valueOf).toList());
        vars.put("rapporteur", String.valueOf(rapporteurId));
        vars.put("dueAt", dueAt.toString());
        vars.put("remindAt", remindAt.toString());
        complete(task(proposalId, EvaluationTask.ASSIGNMENT, null), vars);
    }

    /** The evaluator's declaration; with a conflict the branch goes back to the firm for a replacement. */
    @Transactional
    public void declareConflict(long proposalId, long evaluatorId, boolean conflict) {
        Task task = task(proposalId, EvaluationTask.CONFLICT_CHECK, evaluatorId);
        runtime.setVariableLocal(task.getExecutionId(), "conflict", conflict);
        tasks.complete(task.getId());
    }

    /** The firm names a replacement for an evaluator who declared a conflict. */
    @Transactional
    public void replaceConflicted(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskDefinitionKey(EvaluationTask.REPLACE_EVALUATOR.bpmnId()).list().stream()
                .filter(t -> String.valueOf(formerEvaluatorId).equals(
                        String.valueOf(runtime.getVariable(t.getExecutionId(), "evaluator"))))
                .findFirst().orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        runtime.setVariable(task.getExecutionId(), "evaluator", String.valueOf(newEvaluatorId));
        if (String.valueOf(formerEvaluatorId).equals(runtime.getVariable(task.getProcessInstanceId(), "rapporteur"))) {
            runtime.setVariable(task.getProcessInstanceId(), "rapporteur", String.valueOf(newEvaluatorId));
        }
        tasks.complete(task.getId());
    }

    /**
     * Takes an evaluator off the panel before they submitted (e.g. they do not respond): whether they were
     * declaring or already scoring, their branch starts again at the declaration of conflicts, for the new
     * evaluator. The new one declares first, then scores; the due date stays the panel's.
     */
    @Transactional
    public void reassign(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        String processId = instance(proposalId).orElseThrow(() -> new UserFacingException("workflow.error.stepGone")).getId();
        Execution branch = runtime.createExecutionQuery().processInstanceId(processId)
                .messageEventSubscriptionName(EVALUATOR_REPLACED).list().stream()
                .filter(e -> String.valueOf(formerEvaluatorId).equals(String.valueOf(runtime.getVariable(e.getId(), "evaluator"))))
                .findFirst().orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        runtime.setVariable(branch.getId(), "evaluator", String.valueOf(newEvaluatorId));
        if (String.valueOf(formerEvaluatorId).equals(runtime.getVariable(processId, "rapporteur"))) {
            runtime.setVariable(processId, "rapporteur", String.valueOf(newEvaluatorId));
        }
        runtime.messageEventReceived(EVALUATOR_REPLACED, branch.getId());
    }

    /**
     * Completes an evaluator's scoring. {@code divergentSoFar} is the divergence over every evaluation
     * submitted until now, so after the last one it decides between consensus and confirmation.
     */
    @Transactional
    public void submitScores(long proposalId, long evaluatorId, boolean divergentSoFar) {
        Task task = task(proposalId, EvaluationTask.SCORING, evaluatorId);
        runtime.setVariable(task.getProcessInstanceId(), "divergent", divergentSoFar);
        tasks.complete(task.getId());
    }

    /**
     * The rapporteur closes the consensus (discussed, or the computed one confirmed); refused while a question
     * of the panel waits for the applicant's answer, which the panel is meant to read first.
     */
    @Transactional
    public void completeConsensus(long proposalId, long rapporteurId) {
        if (isWaitingIn(proposalId, EvaluationTask.ANSWER_QUESTIONS)) {
            throw new UserFacingException("workflow.error.questionsOpen");
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskAssignee(String.valueOf(rapporteurId)).list().stream()
                .filter(t -> EvaluationTask.of(t.getTaskDefinitionKey()).map(EvaluationTask::isConsensus).orElse(false))
                .findFirst().orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        tasks.complete(task.getId());
    }

    /** The steps people act on that this proposal is waiting in, each once; empty when finished. */
    @Transactional(readOnly = true)
    public List<EvaluationTask> currentSteps(long proposalId) {
        return activeActivities(proposalId).stream().map(EvaluationTask::of).flatMap(Optional::stream).distinct().toList();
    }

    private List<String> activeActivities(long proposalId) {
        return instance(proposalId).map(p -> runtime.getActiveActivityIds(p.getId())).orElse(List.of());
    }

    /**
     * The BPMN diagram of this proposal's evaluation as PNG, the current steps highlighted, so nobody has to
     * read a status code. Finished proposals show the whole process without highlight.
     */
    @Transactional(readOnly = true)
    public byte[] diagram(long proposalId) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getId();
        var model = repository.getBpmnModel(instance(proposalId).map(ProcessInstance::getProcessDefinitionId)
                .orElse(definitionId));
        try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png",
                activeActivities(proposalId), List.of(), "DejaVu Sans", "DejaVu Sans", "DejaVu Sans",
                getClass().getClassLoader(), 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this evaluator has the given step open on this proposal (used to guard the UI). */
    @Transactional(readOnly = true)
    public boolean isWaitingFor(long proposalId, EvaluationTask step, long evaluatorId) {
        return find(proposalId, step, evaluatorId).isPresent();
    }

    /** Everything waiting for this evaluator, across proposals, soonest due first. */
    @Transactional(readOnly = true)
    public List<PendingStep> pendingForEvaluator(long evaluatorId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskAssignee(String.valueOf(evaluatorId))
                .includeProcessVariables().orderByTaskDueDate().asc().list().stream()
                .map(t -> new PendingStep(proposalIdOf(t), step(t), evaluatorId, instant(t.getDueDate())))
                .toList();
    }

    /** Everything waiting for a firm (eligibility, assignment, replacements) across its proposals. */
    @Transactional(readOnly = true)
    public List<PendingStep> pendingForFirm(long firmOrganisationId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup(firmGroup(firmOrganisationId))
                .includeProcessVariables().orderByTaskCreateTime().asc().list().stream()
                .map(t -> new PendingStep(proposalIdOf(t), step(t), evaluatorOf(t), instant(t.getDueDate())))
                .toList();
    }

    private Long evaluatorOf(Task t) {
        Object evaluator = runtime.getVariable(t.getExecutionId(), "evaluator");
        return evaluator == null ? null : Long.valueOf(evaluator.toString());
    }

    /** Read from the variables fetched with the task query, not one look-up per task. */
    private static long proposalIdOf(Task t) {
        return ((Number) t.getProcessVariables().get("proposalId")).longValue();
    }

    private static EvaluationTask step(Task t) {
        return EvaluationTask.of(t.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("unknown step " + t.getTaskDefinitionKey()));
    }

    private Task task(long proposalId, EvaluationTask step, Long assignee) {
        return find(proposalId, step, assignee).orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
    }

    private Optional<Task> find(long proposalId, EvaluationTask step, Long assignee) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskDefinitionKey(step.bpmnId());
        if (assignee != null) {
            query.taskAssignee(String.valueOf(assignee));
        }
        return query.list().stream().findFirst();
    }

    private void complete(Task task, Map<String, Object> vars) {
        tasks.complete(task.getId(), vars);
    }

    private Optional<ProcessInstance> instance(long proposalId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(proposalId)).singleResult());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static String businessKey(long proposalId) {
        return "proposal:" + proposalId;
    }

    static String firmGroup(long organisationId) {
        return "firm:" + organisationId;
    }
}
