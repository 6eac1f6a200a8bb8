package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions applicants ask about a challenge and the firm's answers: public ones form the FAQ (askers are
 * never named), private ones reach only the asker.
 */
@Service
public class Clarifications {

    private final ClarificationRepository clarifications;
    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final ChallengeMail mail;
    private final AuditLog audit;
    private final Clock clock;

    Clarifications(ClarificationRepository clarifications, ChallengeRepository challenges, ChallengeGuard guard,
                   ChallengeMail mail, AuditLog audit, Clock clock) {
        this.clarifications = clarifications;
        this.challenges = challenges;
        this.guard = guard;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** The published answers of a challenge this visitor may see. */
    @Transactional(readOnly = true)
    public List<FaqEntry> faq(long challengeId) {
        return challenges.findById(challengeId).filter(guard::canSee).map(c -> clarifications.faq(challengeId))
                .orElse(List.of());
    }

    /** An applicant asks the firm a question; allowed while the challenge is upcoming or open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void ask(long challengeId, String question) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = guard.visible(challengeId);
        if (!c.isLive()) {
            throw new UserFacingException("challenge.error.questionsClosed");
        }
        String text = question == null ? "" : question.trim();
        if (text.length() < ChallengeLimits.MIN_QUESTION || text.length() > ChallengeLimits.CLARIFICATION) {
            throw new UserFacingException("challenge.error.questionLength", ChallengeLimits.MIN_QUESTION,
                    ChallengeLimits.CLARIFICATION);
        }
        clarifications.save(new Clarification(challengeId, user.userId(), text, clock.instant()));
    }

    /** The questions this user asked about a challenge, with the answers (public or private) they got. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClarificationRow> myQuestions(long challengeId) {
        return clarifications.askedBy(challengeId, CurrentUser.require().userId());
    }

    /** Every question asked about the firm's challenge, newest first, without who asked. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClarificationRow> questions(long challengeId) {
        guard.owned(challengeId);
        return clarifications.all(challengeId);
    }

    /**
     * The firm answers a question: publicly (it joins the FAQ, followers and the asker are mailed, the asker
     * stays anonymous) or privately (only the asker is mailed).
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void answer(long clarificationId, String answer, boolean publicly) {
        Clarification q = clarifications.findById(clarificationId).orElseThrow(ChallengeGuard::notFound);
        Challenge c = guard.owned(q.challengeId);
        String text = answer == null ? "" : answer.trim();
        if (text.isEmpty() || text.length() > ChallengeLimits.ANSWER) {
            throw new UserFacingException("challenge.error.answerLength", ChallengeLimits.ANSWER);
        }
        q.answer = text;
        q.publicAnswer = publicly;
        q.answeredAt = clock.instant();
        clarifications.save(q);
        audit.record(publicly ? "challenge.answeredPublicly" : "challenge.answeredPrivately", c.subject(),
                "clarification:" + q.getId());
        mail.answered(c, q, publicly);
    }
}
