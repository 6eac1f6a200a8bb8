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
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
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

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    ProposalEvaluation(RuntimeService runtime, TaskService tasks, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    /** A step waiting for someone: which proposal, which step, for whom and by when. */
    public record PendingStep(long proposalId, String step, Long evaluatorId, Instant dueAt) {
    }

    /** Starts the evaluation of a submitted proposal; the firm's eligibility check is the first step. */
    @Transactional
    public void start(long proposalId, long challengeId, long firmOrganisationId) {
        if (instance(proposalId).isPresent()) {
            return;
        }
        runtime.startProcessInstanceByKey(PROCESS, businessKey(proposalId), Map.of(
                "proposalId", proposalId,
                "challengeId", challengeId,
                "firmGroup", firmGroup(firmOrganisationId)));
    }

    @Transactional
    public void decideEligibility(long proposalId, boolean eligible) {
        complete(task(proposalId, "eligibility", null), Map.of("eligible", eligible));
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
        complete(task(proposalId, "assignment", null), vars);
    }

    /** The evaluator's declaration; with a conflict the branch goes back to the firm for a replacement. */
    @Transactional
    public void declareConflict(long proposalId, long evaluatorId, boolean conflict) {
        Task task = task(proposalId, "conflictCheck", evaluatorId);
        runtime.setVariableLocal(task.getExecutionId(), "conflict", conflict);
        tasks.complete(task.getId());
    }

    /** The firm names a replacement for an evaluator who declared a conflict. */
    @Transactional
    public void replaceConflicted(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskDefinitionKey("replaceEvaluator").list().stream()
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
     * Hands an evaluator's open work (declaration or scoring) to someone else, e.g. when the first one does
     * not respond; the timers keep running against the original due date.
     */
    @Transactional
    public void reassign(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskAssignee(String.valueOf(formerEvaluatorId)).list();
        Task task = open.stream().filter(t -> !t.getTaskDefinitionKey().startsWith("consensus")
                        && !"confirmConsensus".equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        runtime.setVariable(task.getExecutionId(), "evaluator", String.valueOf(newEvaluatorId));
        tasks.setAssignee(task.getId(), String.valueOf(newEvaluatorId));
        if (String.valueOf(formerEvaluatorId).equals(runtime.getVariable(task.getProcessInstanceId(), "rapporteur"))) {
            runtime.setVariable(task.getProcessInstanceId(), "rapporteur", String.valueOf(newEvaluatorId));
        }
    }

    /**
     * Completes an evaluator's scoring. {@code divergentSoFar} is the divergence over every evaluation
     * submitted until now, so after the last one it decides between consensus and confirmation.
     */
    @Transactional
    public void submitScores(long proposalId, long evaluatorId, boolean divergentSoFar) {
        Task task = task(proposalId, "scoring", evaluatorId);
        runtime.setVariable(task.getProcessInstanceId(), "divergent", divergentSoFar);
        tasks.complete(task.getId());
    }

    /** The rapporteur closes the consensus (discussed, or the computed one confirmed). */
    @Transactional
    public void completeConsensus(long proposalId, long rapporteurId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskAssignee(String.valueOf(rapporteurId)).list().stream()
                .filter(t -> "consensus".equals(t.getTaskDefinitionKey()) || "confirmConsensus".equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        tasks.complete(task.getId());
    }

    /** The steps this proposal is waiting in (activity ids of the BPMN), empty when finished. */
    @Transactional(readOnly = true)
    public List<String> currentSteps(long proposalId) {
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
                currentSteps(proposalId), List.of(), "DejaVu Sans", "DejaVu Sans", "DejaVu Sans",
                getClass().getClassLoader(), 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this evaluator has the given step open on this proposal (used to guard the UI). */
    @Transactional(readOnly = true)
    public boolean isWaitingFor(long proposalId, String step, long evaluatorId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId))
                .taskDefinitionKey(step).taskAssignee(String.valueOf(evaluatorId)).count() > 0;
    }

    /** Everything waiting for this evaluator, across proposals, soonest due first. */
    @Transactional(readOnly = true)
    public List<PendingStep> pendingForEvaluator(long evaluatorId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskAssignee(String.valueOf(evaluatorId))
                .includeProcessVariables().orderByTaskDueDate().asc().list().stream()
                .map(t -> new PendingStep(proposalIdOf(t), t.getTaskDefinitionKey(), evaluatorId, instant(t.getDueDate())))
                .toList();
    }

    /** Everything waiting for a firm (eligibility, assignment, replacements) across its proposals. */
    @Transactional(readOnly = true)
    public List<PendingStep> pendingForFirm(long firmOrganisationId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup(firmGroup(firmOrganisationId))
                .includeProcessVariables().orderByTaskCreateTime().asc().list().stream()
                .map(t -> new PendingStep(proposalIdOf(t), t.getTaskDefinitionKey(), evaluatorOf(t), instant(t.getDueDate())))
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

    private Task task(long proposalId, String step, Long assignee) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(proposalId)).taskDefinitionKey(step);
        if (assignee != null) {
            query.taskAssignee(String.valueOf(assignee));
        }
        List<Task> found = query.list();
        if (found.isEmpty()) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        return found.getFirst();
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
