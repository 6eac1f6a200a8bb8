package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drives the proposal-appeal process alone, by appeal id, as the appeals feature does. */
@RecordApplicationEvents
class ProposalAppealsTest extends SpringTest {

    private static final AtomicLong IDS = new AtomicLong(700_000_000L + System.nanoTime() % 100_000_000L);
    private static final long FIRM = 78;
    /** No such challenge: the applicant's notice is skipped, the event still published. */
    private static final long CHALLENGE = 990_000_000_000L;
    private static final Instant DUE = Instant.parse("2027-05-14T15:00:00Z");

    @Autowired ProposalAppeals appeals;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ApplicationEvents events;

    long appeal;
    long proposal;

    @BeforeEach
    void filed() {
        appeal = IDS.incrementAndGet();
        proposal = IDS.incrementAndGet();
        appeals.start(appeal, proposal, CHALLENGE, FIRM);
    }

    @Test
    void theProcessHasADiagramForEveryElement() {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey("proposal-appeal").latestVersion()
                .singleResult();
        var model = repository.getBpmnModel(definition.getId());
        var process = model.getMainProcess();
        process.getFlowElements().forEach(e -> {
            if (e instanceof org.flowable.bpmn.model.SequenceFlow) {
                assertThat(model.getFlowLocationMap()).as("edge of %s", e.getId()).containsKey(e.getId());
            } else {
                assertThat(model.getLocationMap()).as("shape of %s", e.getId()).containsKey(e.getId());
            }
        });
        assertThat(process.getFlowElements()).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void upheldAfterTwoOpinions() {
        assertThat(appeals.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.ASSIGN);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("appeal:" + appeal)
                .taskCandidateGroup("firm:" + FIRM).count()).as("the firm's task").isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("appeal:" + appeal)
                .taskCandidateGroup("admins").count()).as("and the admins'").isEqualTo(1);
        assertThatThrownBy(() -> appeals.assignReviewers(appeal, List.of(), DUE)).hasMessage("appeal.error.reviewers");
        assertThatThrownBy(() -> appeals.decide(appeal, false)).as("not before the review").hasMessage("workflow.error.stepGone");

        appeals.assignReviewers(appeal, List.of(11L, 12L), DUE);
        assertThat(appeals.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.REVIEW);
        var review = tasks.createTaskQuery().processInstanceBusinessKey("appeal:" + appeal).list();
        assertThat(review).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("11", "12");
        assertThat(review).allSatisfy(t -> assertThat(t.getDueDate().toInstant()).isEqualTo(DUE));
        assertThat(appeals.isWaitingForReviewer(appeal, 11)).isTrue();
        assertThatThrownBy(() -> appeals.opinionGiven(appeal, 13)).as("not a reviewer").hasMessage("workflow.error.stepGone");

        appeals.opinionGiven(appeal, 11);
        assertThatThrownBy(() -> appeals.opinionGiven(appeal, 11)).as("twice").hasMessage("workflow.error.stepGone");
        assertThat(appeals.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.REVIEW);
        appeals.opinionGiven(appeal, 12);
        assertThat(appeals.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.DECIDE);

        appeals.decide(appeal, false);
        assertThat(appeals.currentSteps(appeal)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("appeal:" + appeal).count()).isZero();
        assertThat(events.stream(AppealAnswered.class).filter(e -> e.appealId() == appeal))
                .containsExactly(new AppealAnswered(appeal, proposal, CHALLENGE, false));
        assertThat(path()).containsSubsequence("filed", "assignReviewers", "reviewAppeal", "decideAppeal", "outcomeGateway",
                "upheld", "tellApplicant", "closed").doesNotContain("reevaluated");
        assertThatThrownBy(() -> appeals.decide(appeal, true)).as("decided already").hasMessage("workflow.error.stepGone");
    }

    @Test
    void aReplacedReviewerHandsTheOpenReviewOverWithANewDueDate() {
        appeals.assignReviewers(appeal, List.of(31L, 32L), DUE);
        Instant later = DUE.plusSeconds(7 * 24 * 3600);
        appeals.replaceReviewer(appeal, 31, 33, later);
        assertThat(appeals.isWaitingForReviewer(appeal, 31)).isFalse();
        assertThat(appeals.isWaitingForReviewer(appeal, 33)).isTrue();
        var review = tasks.createTaskQuery().processInstanceBusinessKey("appeal:" + appeal).list();
        assertThat(review).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("33", "32");
        assertThat(review).allSatisfy(t -> assertThat(t.getDueDate().toInstant()).isEqualTo(later));
        assertThatThrownBy(() -> appeals.replaceReviewer(appeal, 31, 34, later)).as("no longer reviewing")
                .hasMessage("workflow.error.stepGone");
        assertThatThrownBy(() -> appeals.opinionGiven(appeal, 31)).hasMessage("workflow.error.stepGone");

        appeals.opinionGiven(appeal, 33);
        appeals.opinionGiven(appeal, 32);
        assertThat(appeals.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.DECIDE);
    }

    @Test
    void reEvaluatedWithOneReviewer() {
        appeals.assignReviewers(appeal, List.of(21L), DUE);
        appeals.opinionGiven(appeal, 21);
        appeals.decide(appeal, true);
        assertThat(events.stream(AppealAnswered.class).filter(e -> e.appealId() == appeal))
                .containsExactly(new AppealAnswered(appeal, proposal, CHALLENGE, true));
        assertThat(path()).contains("reevaluated", "tellApplicant", "closed").doesNotContain("upheld");
    }

    @Test
    void oneProcessPerAppeal() {
        assertThatThrownBy(() -> appeals.start(appeal, proposal, CHALLENGE, FIRM)).as("the same appeal again")
                .isInstanceOf(RuntimeException.class);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("appeal:" + appeal).count()).isEqualTo(1);
    }

    /** Every activity and sequence flow the appeal went through, in order. */
    private List<String> path() {
        String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("appeal:" + appeal)
                .singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(id).orderByHistoricActivityInstanceStartTime()
                .asc().orderByHistoricActivityInstanceId().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
