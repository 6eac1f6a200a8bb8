package it.convergo.evaluation.questions;

import it.convergo.audit.AuditLog;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.workflow.ClarificationStep;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a clarification round, in the workflow step's transaction: an answer is announced to the panel,
 * a deadline passed without one closes the question as expired (audited) and tells the rapporteur. The e-mails
 * name the challenge and the proposal's title only, never the applicant.
 */
@Component
class QuestionOutcomes {

    private final QuestionRepository questions;
    private final Seats seats;
    private final EvaluationAccess access;
    private final Notices notices;
    private final AuditLog audit;

    QuestionOutcomes(QuestionRepository questions, Seats seats, EvaluationAccess access, Notices notices, AuditLog audit) {
        this.questions = questions;
        this.seats = seats;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(ClarificationStep step) {
        PanelQuestion q = questions.lockById(step.questionId()).orElse(null);
        ChallengeView challenge = access.existingChallenge(step.challengeId()).orElse(null);
        if (q == null || challenge == null) {
            return; // a workflow test's process without domain rows
        }
        String path = "evaluate/" + q.proposalId;
        List<Assignment> panel = seats.ofProposal(q.proposalId).stream()
                .filter(a -> a.status() == Assignment.Status.CLEARED || a.status() == Assignment.Status.SUBMITTED).toList();
        switch (step.kind()) {
            case ANSWERED -> notices.toUsers(panel.stream().map(Assignment::evaluatorId).toList(), "questionAnswered", path,
                    challenge.title(), q.proposalTitle);
            case UNANSWERED -> {
                if (q.status != QuestionStatus.OPEN) {
                    return;
                }
                q.status = QuestionStatus.EXPIRED;
                questions.save(q);
                audit.record("evaluation.question.expired", "proposal:" + q.proposalId, "question " + q.getId()
                        + ", due " + q.answerDueAt);
                List<Long> rapporteur = panel.stream().filter(Assignment::rapporteur).map(Assignment::evaluatorId).toList();
                notices.toUsers(rapporteur.isEmpty() ? List.of(q.askedBy) : rapporteur, "questionUnanswered", path,
                        challenge.title(), q.proposalTitle);
            }
        }
    }
}
