package it.convergo.workflow;

import it.convergo.base.UserFacingException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation feature's handle on the {@code proposal-appeal} process, one instance per appeal, addressed by
 * the appeal's id. Each method completes exactly the task it names, so a double click or a second tab finds
 * nothing to complete and gets a refusal instead of a second step. Who may act is the caller's check.
 */
@Service
public class ProposalAppeals {

    static final String PROCESS = "proposal-appeal";

    /** The steps of an appeal people act on. */
    public enum Step {
        ASSIGN("assignReviewers"), REVIEW("reviewAppeal"), DECIDE("decideAppeal");

        private final String bpmnId;

        Step(String bpmnId) {
            this.bpmnId = bpmnId;
        }

        static Optional<Step> of(String bpmnId) {
            for (Step s : values()) {
                if (s.bpmnId.equals(bpmnId)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProposalAppeals(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the appeal's process; the firm's assignment of reviewers is its first step. The instance id is
     * derived from the appeal, so two starts of the same appeal collide instead of running twice.
     */
    @Transactional
    public void start(long appealId, long proposalId, long challengeId, long firmOrganisationId) {
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS).businessKey(businessKey(appealId))
                .predefineProcessInstanceId(PROCESS + ":" + appealId)
                .variables(Map.of("appealId", appealId, "proposalId", proposalId, "challengeId", challengeId,
                        "firmGroup", ProposalEvaluation.firmGroup(firmOrganisationId)))
                .start();
    }

    /** The firm's choice of reviewers, each of whom then reviews by {@code dueAt}. */
    @Transactional
    public void assignReviewers(long appealId, List<Long> reviewerIds, Instant dueAt) {
        if (reviewerIds.isEmpty() || reviewerIds.stream().distinct().count() != reviewerIds.size()) {
            throw new UserFacingException("appeal.error.reviewers");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("reviewers", reviewerIds.stream().map(String::valueOf).toList());
        vars.put("reviewDueAt", dueAt.toString());
        tasks.complete(task(appealId, Step.ASSIGN, null).getId(), vars);
    }

    /**
     * Hands a reviewer's open review to another: the same task, assigned to the new reviewer (the former one no
     * longer finds it), and every open review of the appeal now due at {@code dueAt}, so the appeal keeps one date.
     */
    @Transactional
    public void replaceReviewer(long appealId, long formerReviewerId, long newReviewerId, Instant dueAt) {
        Task task = task(appealId, Step.REVIEW, formerReviewerId);
        String former = String.valueOf(formerReviewerId);
        String replacement = String.valueOf(newReviewerId);
        runtime.setVariableLocal(task.getExecutionId(), "reviewer", replacement);
        tasks.setAssignee(task.getId(), replacement);
        @SuppressWarnings("unchecked")
        List<String> reviewers = (List<String>) runtime.getVariable(task.getProcessInstanceId(), "reviewers");
        runtime.setVariable(task.getProcessInstanceId(), "reviewers",
                reviewers.stream().map(r -> r.equals(former) ? replacement : r).toList());
        runtime.setVariable(task.getProcessInstanceId(), "reviewDueAt", dueAt.toString());
        tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(Step.REVIEW.bpmnId).list()
                .forEach(t -> tasks.setDueDate(t.getId(), java.util.Date.from(dueAt)));
    }

    /** One reviewer's opinion is in; after the last one the firm decides. */
    @Transactional
    public void opinionGiven(long appealId, long reviewerId) {
        tasks.complete(task(appealId, Step.REVIEW, reviewerId).getId());
    }

    /** The firm's decision: the applicant is told through {@link AppealAnswered}, and the process ends. */
    @Transactional
    public void decide(long appealId, boolean reevaluated) {
        tasks.complete(task(appealId, Step.DECIDE, null).getId(), Map.of("reevaluated", reevaluated));
    }

    /** The steps this appeal waits in, each once; empty when it is closed (or was never started). */
    @Transactional(readOnly = true)
    public Set<Step> currentSteps(long appealId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(appealId)).list().stream()
                .map(t -> Step.of(t.getTaskDefinitionKey())).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    /** Whether this reviewer still has to give an opinion on the appeal. */
    @Transactional(readOnly = true)
    public boolean isWaitingForReviewer(long appealId, long reviewerId) {
        return find(appealId, Step.REVIEW, reviewerId).isPresent();
    }

    private Task task(long appealId, Step step, Long assignee) {
        return find(appealId, step, assignee).orElseThrow(() -> new UserFacingException("workflow.error.stepGone"));
    }

    private Optional<Task> find(long appealId, Step step, Long assignee) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(appealId)).taskDefinitionKey(step.bpmnId);
        if (assignee != null) {
            query.taskAssignee(String.valueOf(assignee));
        }
        return query.list().stream().findFirst();
    }

    static String businessKey(long appealId) {
        return "appeal:" + appealId;
    }
}
