package it.convergo.evaluation.questions;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.proposal.StaffConflicts;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's side of the clarification rounds of a challenge: every question and answer (the firm knows the
 * applicants), and the answer window in days that sets each new question's deadline.
 */
@Service
public class FirmQuestions {

    private final EvaluationAccess access;
    private final StaffConflicts staffConflicts;
    private final QuestionRepository questions;
    private final AnswerWindowRepository windows;
    private final AuditLog audit;
    private final Clock clock;

    FirmQuestions(EvaluationAccess access, StaffConflicts staffConflicts, QuestionRepository questions,
                  AnswerWindowRepository windows, AuditLog audit, Clock clock) {
        this.access = access;
        this.staffConflicts = staffConflicts;
        this.questions = questions;
        this.windows = windows;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the challenge's questions, newest first; proposals the manager declared a conflict with left out. */
    @Transactional(readOnly = true)
    public List<Question> page(long challengeId, Pageable page) {
        access.firmChallenge(challengeId);
        return questions.findVisible(challengeId, hidden(), page).stream()
                .map(q -> new Question(q.getId(), q.proposalId, q.proposalTitle, q.question, q.askedAt, q.answerDueAt,
                        q.status, q.answer, q.answeredAt)).toList();
    }

    @Transactional(readOnly = true)
    public long count(long challengeId) {
        access.firmChallenge(challengeId);
        return questions.countVisible(challengeId, hidden());
    }

    /** The answer window of the challenge in days. */
    @Transactional(readOnly = true)
    public int window(long challengeId) {
        access.firmChallenge(challengeId);
        return windows.findByChallengeId(challengeId).map(w -> w.answerDays).orElse(PanelQuestions.DEFAULT_DAYS);
    }

    /** Sets the answer window for questions asked from now on (those asked keep their deadline); audited. */
    @Transactional
    public void setWindow(long challengeId, int days) {
        access.firmChallenge(challengeId);
        if (days < PanelQuestions.MIN_DAYS || days > PanelQuestions.MAX_DAYS) {
            throw new UserFacingException("evaluation.questions.error.window", PanelQuestions.MIN_DAYS, PanelQuestions.MAX_DAYS);
        }
        AnswerWindow w = windows.findByChallengeId(challengeId).orElseGet(() -> new AnswerWindow(challengeId));
        if (w.getId() != null && w.answerDays == days) {
            return;
        }
        w.answerDays = days;
        w.setBy = CurrentUser.require().userId();
        w.setAt = clock.instant();
        windows.saveAndFlush(w);
        audit.record("evaluation.question.window", "challenge:" + challengeId, days + " days");
    }

    private Set<Long> hidden() {
        Set<Long> hidden = staffConflicts.hiddenFromMe();
        return hidden.isEmpty() ? Set.of(-1L) : hidden;
    }
}
