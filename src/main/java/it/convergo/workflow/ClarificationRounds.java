package it.convergo.workflow;

import it.convergo.base.UserFacingException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clarification round of {@code proposal-evaluation}: one round per question of the panel, waiting for
 * the applicant's organisation until the answer deadline. Addressed by domain ids; who may ask or answer is
 * the caller's job.
 */
@Service
public class ClarificationRounds {

    /** Message that starts one round of the event sub-process. */
    static final String REQUESTED = "clarificationRequested";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ClarificationRounds(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the round for this question: the applicant's organisation sees the step until {@code dueAt},
     * when the deadline timer ends it unanswered. Refused when the proposal has no running evaluation.
     */
    @Transactional
    public void request(long proposalId, long questionId, long applicantOrganisationId, Instant dueAt) {
        ProcessInstance process = instance(proposalId).orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
        Execution waiting = runtime.createExecutionQuery().processInstanceId(process.getId())
                .messageEventSubscriptionName(REQUESTED).singleResult();
        if (waiting == null) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        // read by the round as it starts, which happens inside this call: see the BPMN
        runtime.setVariables(process.getId(), Map.of("applicantGroup", applicantGroup(applicantOrganisationId),
                "questionId", questionId, "questionDueAt", dueAt.toString()));
        runtime.messageEventReceived(REQUESTED, waiting.getId());
    }

    /** Completes this question's round as answered; false (nothing changed) when it is no longer waiting. */
    @Transactional
    public boolean answered(long proposalId, long questionId) {
        Optional<Task> task = task(proposalId, questionId);
        task.ifPresent(t -> tasks.complete(t.getId()));
        return task.isPresent();
    }

    /** Whether this question's round waits for the applicant. */
    @Transactional(readOnly = true)
    public boolean isWaiting(long proposalId, long questionId) {
        return task(proposalId, questionId).isPresent();
    }

    /** Whether any round of this proposal waits for the applicant. */
    @Transactional(readOnly = true)
    public boolean anyWaiting(long proposalId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProposalEvaluation.businessKey(proposalId))
                .taskDefinitionKey(EvaluationTask.ANSWER_QUESTIONS.bpmnId()).count() > 0;
    }

    private Optional<Task> task(long proposalId, long questionId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProposalEvaluation.businessKey(proposalId))
                .taskDefinitionKey(EvaluationTask.ANSWER_QUESTIONS.bpmnId()).list().stream()
                .filter(t -> Long.valueOf(questionId).equals(number(runtime.getVariable(t.getExecutionId(), "questionId"))))
                .findFirst();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private Optional<ProcessInstance> instance(long proposalId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(ProposalEvaluation.PROCESS)
                .processInstanceBusinessKey(ProposalEvaluation.businessKey(proposalId)).singleResult());
    }

    static String applicantGroup(long organisationId) {
        return "applicant:" + organisationId;
    }
}
