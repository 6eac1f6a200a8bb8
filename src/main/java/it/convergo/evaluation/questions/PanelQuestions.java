package it.convergo.evaluation.questions;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.RequestArrival;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.ClarificationRounds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clarification round (issue 15): during the evaluation the panel, through its rapporteur, asks the
 * applicant questions; the applicant's organisation answers once, before the deadline; the answers sit beside
 * the proposal for the panel. The deadline rule: a question asked now is due at 18:00 (Europe/Rome) of the
 * N-th day after, N being the answer window the firm set for the challenge ({@link #DEFAULT_DAYS} unless set).
 * Blind challenges stay blind both ways: the applicant never reads an evaluator's name, the panel never reads
 * the applicant's.
 */
@Service
public class PanelQuestions {

    public static final int DEFAULT_DAYS = 5;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 30;
    public static final int TEXT = 4000;
    static final LocalTime DUE_TIME = LocalTime.of(18, 0);

    private final QuestionAccess who;
    private final EvaluationAccess access;
    private final Seats seats;
    private final SubmittedProposals proposals;
    private final AccountService accounts;
    private final QuestionRepository questions;
    private final AnswerWindowRepository windows;
    private final ClarificationRounds workflow;
    private final AuditLog audit;
    private final Notices notices;
    private final Clock clock;

    PanelQuestions(QuestionAccess who, EvaluationAccess access, Seats seats, SubmittedProposals proposals,
                   AccountService accounts, QuestionRepository questions, AnswerWindowRepository windows,
                   ClarificationRounds workflow, AuditLog audit, Notices notices, Clock clock) {
        this.who = who;
        this.access = access;
        this.seats = seats;
        this.proposals = proposals;
        this.accounts = accounts;
        this.questions = questions;
        this.windows = windows;
        this.workflow = workflow;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** The rapporteur asks the applicant; the round starts and the applicant's organisation is told by e-mail. */
    @Transactional
    public Question ask(long proposalId, String text) {
        Assignment me = who.rapporteurSeat(proposalId);
        String body = checked(text, "evaluation.questions.error.emptyQuestion");
        seats.lock(proposalId);
        if (!who.askingOpen(proposalId)) {
            throw new UserFacingException("evaluation.questions.error.notNow");
        }
        ChallengeView challenge = access.challenge(me.challengeId());
        var same = questions.findByProposalIdOrderByAskedAtAscIdAsc(proposalId).stream()
                .filter(q -> q.status == QuestionStatus.OPEN && q.askedBy == me.evaluatorId() && q.question.equals(body))
                .findFirst();
        if (same.isPresent()) {
            return forPanel(same.get(), Redaction.NONE); // a double click or a second tab: asked once
        }
        ProposalSummary proposal = proposals.summary(proposalId);
        Instant now = clock.instant();
        Instant due = dueAt(now, days(challenge.id()));
        PanelQuestion q = questions.saveAndFlush(new PanelQuestion(challenge.id(), proposalId, proposal.title(),
                me.evaluatorId(), body, now, due));
        workflow.request(proposalId, q.getId(), proposal.organisationId(), due);
        audit.record("evaluation.question.asked", "proposal:" + proposalId,
                "question " + q.getId() + ", due " + due + ", sha256 " + sha256(body));
        notices.toApplicants(proposal.organisationId(), "questionAsked", "questions/" + proposalId, challenge.title(),
                proposal.title(), mailTime(due));
        return forPanel(q, Redaction.NONE);
    }

    /**
     * A member of the applicant organisation answers, once and before the deadline (judged by when the request
     * arrived); the round ends and the panel is told.
     */
    @Transactional
    public void answer(long questionId, String text) {
        Instant arrival = RequestArrival.orNow(clock);
        PanelQuestion q = questions.lockById(questionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        who.applicantProposal(q.proposalId);
        if (q.status == QuestionStatus.ANSWERED) {
            throw new UserFacingException("evaluation.questions.error.answered");
        }
        if (q.status == QuestionStatus.EXPIRED || !arrival.isBefore(q.answerDueAt)) {
            throw new UserFacingException("evaluation.questions.error.late");
        }
        q.answer = checked(text, "evaluation.questions.error.emptyAnswer");
        q.answeredBy = CurrentUser.require().userId();
        q.answeredAt = clock.instant();
        q.status = QuestionStatus.ANSWERED;
        questions.saveAndFlush(q);
        audit.record("evaluation.question.answered", "proposal:" + q.proposalId,
                "question " + q.getId() + ", sha256 " + sha256(q.answer));
        workflow.answered(q.proposalId, q.getId());
    }

    /** For panel members who declared no conflict; answers without the applicant's identity in blind challenges. */
    @Transactional(readOnly = true)
    public PanelQuestionsView forPanel(long proposalId) {
        Assignment me = who.panelSeat(proposalId);
        ChallengeView challenge = access.challenge(me.challengeId());
        boolean blind = challenge.evaluation().blind();
        Redaction redaction = blind ? Redaction.of(proposals.identityTerms(proposalId)) : Redaction.NONE;
        boolean canAsk = me.rapporteur() && who.askingOpen(proposalId);
        return new PanelQuestionsView(proposalId, blind, canAsk, canAsk ? dueAt(clock.instant(), days(challenge.id())) : null,
                questions.findByProposalIdOrderByAskedAtAscIdAsc(proposalId).stream().map(q -> forPanel(q, redaction)).toList());
    }

    /** For the applicant's organisation: the questions without any evaluator's name. */
    @Transactional(readOnly = true)
    public ApplicantQuestions forApplicant(long proposalId) {
        ProposalSummary proposal = who.applicantProposal(proposalId);
        ChallengeView challenge = access.challenge(proposal.challengeId());
        Redaction evaluators = Redaction.of(accounts.names(seats.ofProposal(proposalId).stream()
                .map(Assignment::evaluatorId).toList()).values());
        return new ApplicantQuestions(proposalId, proposal.title(), challenge.title(),
                questions.findByProposalIdOrderByAskedAtAscIdAsc(proposalId).stream()
                        .map(q -> new Question(q.getId(), q.proposalId, q.proposalTitle, evaluators.apply(q.question),
                                q.askedAt, q.answerDueAt, q.status, q.answer, q.answeredAt)).toList());
    }

    /** Whether this question may still be answered now (open and its deadline ahead). */
    public boolean answerable(Question q) {
        return q.open() && clock.instant().isBefore(q.dueAt());
    }

    private static Question forPanel(PanelQuestion q, Redaction redaction) {
        return new Question(q.getId(), q.proposalId, q.proposalTitle, redaction.apply(q.question), q.askedAt,
                q.answerDueAt, q.status, redaction.apply(q.answer), q.answeredAt);
    }

    /** The answer window of the challenge in days: the firm's, or the default. */
    int days(long challengeId) {
        return windows.findByChallengeId(challengeId).map(w -> w.answerDays).orElse(DEFAULT_DAYS);
    }

    /** 18:00 Europe/Rome of the {@code days}-th day after {@code asked}. */
    static Instant dueAt(Instant asked, int days) {
        return asked.atZone(Times.ROME).toLocalDate().plusDays(days).atTime(DUE_TIME).atZone(Times.ROME).toInstant();
    }

    /** E-mails go out in each recipient's language from one parameter list: a date both read alike. */
    static String mailTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH).withZone(Times.ROME).format(instant);
    }

    private static String checked(String text, String emptyKey) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException(emptyKey);
        }
        String body = text.strip();
        if (body.length() > TEXT) {
            throw new UserFacingException("evaluation.questions.error.tooLong", TEXT);
        }
        return body;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
