package it.convergo.evaluation.appeals;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.results.AppealRevision;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.ProposalAppeals;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's and the reviewers' side of an appeal: the applicant files one per proposal, after the
 * results' publication and within the challenge's window, and reads the reply; an assigned reviewer reads the
 * grounds and gives one opinion. Everything is checked here; a foreign appeal looks "not found".
 */
@Service
public class AppealService {

    private final AppealRepository appeals;
    private final AppealReviewRepository reviews;
    private final AppealRevision results;
    private final SubmittedProposals proposals;
    private final EvaluationAccess access;
    private final ProposalAppeals workflow;
    private final Notices notices;
    private final AuditLog audit;
    private final RetryingTransactions retrying;
    private final Clock clock;

    AppealService(AppealRepository appeals, AppealReviewRepository reviews, AppealRevision results,
                  SubmittedProposals proposals, EvaluationAccess access, ProposalAppeals workflow, Notices notices,
                  AuditLog audit, RetryingTransactions retrying, Clock clock) {
        this.retrying = retrying;
        this.appeals = appeals;
        this.reviews = reviews;
        this.results = results;
        this.proposals = proposals;
        this.access = access;
        this.workflow = workflow;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The applicant's side of the result page: empty before publication or for anyone but a member of the
     * applicant organisation, for whom the result itself is not visible either.
     */
    @Transactional(readOnly = true)
    public Optional<AppealViews.Applicant> forApplicant(long proposalId) {
        ProposalSummary p = proposals.summary(proposalId);
        if (!isApplicantOf(p)) {
            return Optional.empty();
        }
        Optional<Instant> published = results.publishedAt(p.challengeId());
        if (published.isEmpty() || results.decision(proposalId).isEmpty()) {
            return Optional.empty();
        }
        int days = access.challenge(p.challengeId()).appealDays();
        Instant deadline = deadline(published.get(), days);
        Optional<Appeal> appeal = appeals.findByProposalId(proposalId);
        boolean canFile = days > 0 && appeal.isEmpty() && !clock.instant().isAfter(deadline);
        return Optional.of(new AppealViews.Applicant(proposalId, days, deadline, canFile, appeal.map(a ->
                new AppealViews.Filed(a.status, a.filedAt, a.grounds, a.outcome, a.reply, a.decidedAt)).orElse(null)));
    }

    /**
     * Files the applicant's appeal: a member of the applicant organisation, after publication, within the
     * window, once per proposal: a second tab or double click finds it filed, and two at the same instant
     * collide on the proposal's unique appeal, the loser retried into the same refusal. The firm is told.
     */
    public long file(long proposalId, String grounds) {
        return retrying.run(() -> fileOnce(proposalId, grounds));
    }

    private long fileOnce(long proposalId, String grounds) {
        ProposalSummary p = proposals.summary(proposalId);
        if (!isApplicantOf(p)) {
            throw new UserFacingException("error.notFound");
        }
        Instant published = results.publishedAt(p.challengeId())
                .orElseThrow(() -> new UserFacingException("appeal.error.notPublished"));
        if (results.decision(proposalId).isEmpty()) {
            throw new UserFacingException("appeal.error.notDecided");
        }
        ChallengeView challenge = access.challenge(p.challengeId());
        if (challenge.appealDays() <= 0) {
            throw new UserFacingException("appeal.error.notAllowed");
        }
        if (clock.instant().isAfter(deadline(published, challenge.appealDays()))) {
            throw new UserFacingException("appeal.error.late");
        }
        String text = text(grounds, AppealLimits.GROUNDS, "appeal.error.groundsRequired");
        if (appeals.findByProposalId(proposalId).isPresent()) {
            throw new UserFacingException("appeal.error.already");
        }
        Appeal appeal = appeals.saveAndFlush(new Appeal(proposalId, p.challengeId(), p.organisationId(),
                CurrentUser.require().userId(), text, clock.instant()));
        results.filed(proposalId);
        workflow.start(appeal.getId(), proposalId, p.challengeId(), challenge.firmId());
        audit.record("appeal.filed", "proposal:" + proposalId, "appeal " + appeal.getId());
        notices.toFirm(challenge.firmId(), "appealFiled", "evaluation/" + challenge.id(), p.title(), challenge.title());
        return appeal.getId();
    }

    /** The appeal as its assigned reviewer reads it; anyone else gets "not found". */
    @Transactional(readOnly = true)
    public AppealViews.Reviewer forReviewer(long appealId) {
        AppealReview seat = mySeat(appealId);
        Appeal a = appeals.findById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        ProposalSummary p = proposals.summary(a.proposalId);
        ChallengeView challenge = access.challenge(a.challengeId);
        var decision = results.decision(a.proposalId);
        boolean blind = challenge.evaluation().blind();
        return new AppealViews.Reviewer(a.getId(), challenge.title(), p.title(), blind ? null : p.organisationName(),
                a.grounds, decision.map(d -> d.before() != null ? d.before() : d.outcome()).orElse(null),
                decision.map(AppealRevision.Decided::feedback).orElse(null), a.filedAt, a.reviewDueAt,
                seat.givenAt == null && a.status == AppealStatus.UNDER_REVIEW, seat.supports, seat.opinion);
    }

    /**
     * The reviewer's opinion, given once: whether the appeal is founded, and why. After the last one the firm
     * is told to decide. The appeal is locked meanwhile, so two reviewers finishing at once both count.
     */
    public void giveOpinion(long appealId, boolean supports, String opinion) {
        retrying.run(() -> opinionOnce(appealId, supports, opinion));
    }

    private void opinionOnce(long appealId, boolean supports, String opinion) {
        AppealReview seat = mySeat(appealId);
        Appeal a = appeals.lockById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (seat.givenAt != null || a.status != AppealStatus.UNDER_REVIEW) {
            throw new UserFacingException("appeal.error.opinionGiven");
        }
        seat.supports = supports;
        seat.opinion = text(opinion, AppealLimits.OPINION, "appeal.error.opinionRequired");
        seat.givenAt = clock.instant();
        reviews.save(seat);
        workflow.opinionGiven(appealId, seat.reviewerId);
        audit.record("appeal.opinion", "proposal:" + a.proposalId, supports ? "founded" : "unfounded");
        if (workflow.currentSteps(appealId).contains(ProposalAppeals.Step.DECIDE)) {
            a.status = AppealStatus.TO_DECIDE;
            appeals.save(a);
            ChallengeView challenge = access.challenge(a.challengeId);
            notices.toFirm(challenge.firmId(), "appealOpinionsIn", "evaluation/" + challenge.id(), challenge.title());
        }
    }

    /** The current evaluator's appeals to review, open ones first; few, so read in three queries. */
    @Transactional(readOnly = true)
    public List<AppealViews.ReviewItem> toReview() {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            return List.of();
        }
        List<AppealReview> mine = reviews.findByReviewerIdOrderByAssignedAtDesc(user.userId());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Appeal> byId = new HashMap<>();
        appeals.findByIdIn(mine.stream().map(r -> r.appealId).toList()).forEach(a -> byId.put(a.getId(), a));
        Map<Long, ChallengeView> challenges = new HashMap<>();
        return mine.stream().map(r -> {
            Appeal a = byId.get(r.appealId);
            ChallengeView c = challenges.computeIfAbsent(a.challengeId, access::challenge);
            return new AppealViews.ReviewItem(a.getId(), c.title(), proposals.summary(a.proposalId).title(), a.reviewDueAt,
                    r.givenAt == null && a.status == AppealStatus.UNDER_REVIEW);
        }).sorted((x, y) -> Boolean.compare(!x.open(), !y.open())).toList();
    }

    private AppealReview mySeat(long appealId) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            throw new UserFacingException("error.notFound");
        }
        return reviews.findByAppealIdAndReviewerId(appealId, user.userId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private static boolean isApplicantOf(ProposalSummary p) {
        AccountPrincipal user = CurrentUser.require();
        return user.has(Role.APPLICANT) && user.organisationId() != null && user.organisationId() == p.organisationId();
    }

    /** The last moment to file: {@code days} whole days after the publication. */
    static Instant deadline(Instant published, int days) {
        return published.plus(Duration.ofDays(days));
    }

    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(requiredKey);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new UserFacingException("appeal.error.tooLong", max);
        }
        return text;
    }
}
