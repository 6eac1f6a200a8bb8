package it.convergo.evaluation.appeals;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.panel.AppealReviewers;
import it.convergo.evaluation.results.AppealRevision;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.ProposalAppeals;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's side of appeals (its managers and admins): the challenge's appeals with the reviewers'
 * opinions, the choice of reviewers among the evaluators {@link AppealReviewers} allows (and the replacement of
 * one who does not answer), and the decision with
 * its reasoned reply. Each step runs once: the appeal is locked and its status checked, so a second tab or a
 * double click is refused.
 */
@Service
public class AppealDecisions {

    private final AppealRepository appeals;
    private final AppealReviewRepository reviews;
    private final AppealRevision results;
    private final AppealReviewers reviewers;
    private final SubmittedProposals proposals;
    private final EvaluationAccess access;
    private final AccountService accounts;
    private final ProposalAppeals workflow;
    private final Notices notices;
    private final AuditLog audit;
    private final RetryingTransactions retrying;
    private final Clock clock;

    AppealDecisions(AppealRepository appeals, AppealReviewRepository reviews, AppealRevision results,
                    AppealReviewers reviewers, SubmittedProposals proposals, EvaluationAccess access,
                    AccountService accounts, ProposalAppeals workflow, Notices notices, AuditLog audit,
                    RetryingTransactions retrying, Clock clock) {
        this.retrying = retrying;
        this.appeals = appeals;
        this.reviews = reviews;
        this.results = results;
        this.reviewers = reviewers;
        this.proposals = proposals;
        this.access = access;
        this.accounts = accounts;
        this.workflow = workflow;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The challenge's appeals, oldest first, with reviewers and opinions; a handful of queries for the list. */
    @Transactional(readOnly = true)
    public List<AppealViews.Firm> ofChallenge(long challengeId) {
        access.firmChallenge(challengeId);
        List<Appeal> list = appeals.findByChallengeIdOrderByFiledAt(challengeId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalSummary> visible = access.visible(proposals.submittedTo(challengeId)).stream()
                .collect(Collectors.toMap(ProposalSummary::id, Function.identity()));
        list = list.stream().filter(a -> visible.containsKey(a.proposalId)).toList();
        Map<Long, List<AppealReview>> seats = reviews.findByAppealIdIn(list.stream().map(Appeal::getId).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.appealId));
        Map<Long, String> names = accounts.names(seats.values().stream().flatMap(List::stream).map(r -> r.reviewerId)
                .collect(Collectors.toSet()));
        Map<Long, AppealRevision.Decided> decided = results.decisions(list.stream().map(a -> a.proposalId).toList());
        return list.stream().map(a -> {
            ProposalSummary p = visible.get(a.proposalId);
            AppealRevision.Decided d = decided.get(a.proposalId);
            List<AppealViews.Opinion> opinions = seats.getOrDefault(a.getId(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(r -> r.getId()))
                    .map(r -> new AppealViews.Opinion(r.reviewerId, names.getOrDefault(r.reviewerId, "?"), r.supports,
                            r.opinion, r.givenAt)).toList();
            return new AppealViews.Firm(a.getId(), a.proposalId, p.title(), p.organisationName(), a.grounds, a.filedAt,
                    a.status, a.reviewDueAt, d == null ? null : d.outcome(), d == null ? null : d.before(), opinions,
                    a.outcome, a.reply, a.decidedAt);
        }).toList();
    }

    /**
     * The evaluators who may review this appeal: never on the proposal's panel, not excluded from it, not already
     * reviewing it (a replacement is chosen among these too).
     */
    @Transactional(readOnly = true)
    public List<AppealReviewers.Eligible> candidates(long appealId) {
        Appeal a = firmAppeal(appealId);
        Set<Long> seated = reviews.findByAppealIdOrderById(appealId).stream().map(r -> r.reviewerId).collect(Collectors.toSet());
        return reviewers.eligible(proposals.summary(a.proposalId)).stream().filter(e -> !seated.contains(e.userId())).toList();
    }

    /** The firm chooses the reviewers (each among the eligible ones) and their due date; they are told. */
    public void assign(long appealId, List<Long> reviewerIds, Instant dueAt) {
        retrying.run(() -> assignOnce(appealId, reviewerIds, dueAt));
    }

    private void assignOnce(long appealId, List<Long> reviewerIds, Instant dueAt) {
        firmAppeal(appealId);
        Appeal a = appeals.lockById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (a.status != AppealStatus.FILED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        if (reviewerIds == null || reviewerIds.isEmpty() || reviewerIds.stream().distinct().count() != reviewerIds.size()) {
            throw new UserFacingException("appeal.error.reviewers");
        }
        Instant now = clock.instant();
        Instant due = dueAt == null ? now.plus(AppealLimits.REVIEW_DAYS, ChronoUnit.DAYS) : dueAt;
        if (!due.isAfter(now)) {
            throw new UserFacingException("appeal.error.dueInPast");
        }
        Set<Long> eligible = reviewers.eligible(proposals.summary(a.proposalId)).stream()
                .map(AppealReviewers.Eligible::userId).collect(Collectors.toSet());
        List<Long> refused = reviewerIds.stream().filter(id -> !eligible.contains(id)).toList();
        if (!refused.isEmpty()) {
            throw new UserFacingException("appeal.error.notEligible",
                    String.join(", ", accounts.names(refused).values()));
        }
        List<AppealReview> seats = new ArrayList<>();
        for (long id : reviewerIds) {
            seats.add(new AppealReview(appealId, id, now));
        }
        reviews.saveAll(seats);
        a.status = AppealStatus.UNDER_REVIEW;
        a.reviewDueAt = due;
        appeals.save(a);
        workflow.assignReviewers(appealId, reviewerIds, due);
        audit.record("appeal.reviewersAssigned", "proposal:" + a.proposalId, "user:" + reviewerIds.stream()
                .map(String::valueOf).collect(Collectors.joining(",user:")));
        ChallengeView challenge = access.challenge(a.challengeId);
        notices.toUsers(reviewerIds, "appealToReview", "appeals/" + appealId + "/review", challenge.title());
    }

    /**
     * Replaces a reviewer who has not given an opinion (e.g. never answers) by another eligible one, with the same
     * rules as the first choice; the open review moves to them, due at {@code dueAt} (by default in
     * {@link AppealLimits#REVIEW_DAYS} days), which becomes the appeal's review date. Only while the appeal is
     * under review; the same replacement again (a second tab) changes nothing.
     */
    public void replaceReviewer(long appealId, long formerReviewerId, long newReviewerId, Instant dueAt) {
        retrying.run(() -> replaceOnce(appealId, formerReviewerId, newReviewerId, dueAt));
    }

    private void replaceOnce(long appealId, long formerReviewerId, long newReviewerId, Instant dueAt) {
        firmAppeal(appealId);
        Appeal a = appeals.lockById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        Optional<AppealReview> former = reviews.findByAppealIdAndReviewerId(appealId, formerReviewerId);
        if (former.isEmpty() && reviews.findByAppealIdAndReviewerId(appealId, newReviewerId).isPresent()) {
            return;
        }
        if (a.status != AppealStatus.UNDER_REVIEW) {
            throw new UserFacingException("appeal.error.notUnderReview");
        }
        AppealReview seat = former.orElseThrow(() -> new UserFacingException("error.notFound"));
        if (seat.givenAt != null) {
            throw new UserFacingException("appeal.error.opinionIn");
        }
        Instant now = clock.instant();
        Instant due = dueAt == null ? now.plus(AppealLimits.REVIEW_DAYS, ChronoUnit.DAYS) : dueAt;
        if (!due.isAfter(now)) {
            throw new UserFacingException("appeal.error.dueInPast");
        }
        if (reviews.findByAppealIdAndReviewerId(appealId, newReviewerId).isPresent()) {
            throw new UserFacingException("appeal.error.alreadyReviewer");
        }
        if (reviewers.eligible(proposals.summary(a.proposalId)).stream().noneMatch(e -> e.userId() == newReviewerId)) {
            throw new UserFacingException("appeal.error.notEligible",
                    String.join(", ", accounts.names(List.of(newReviewerId)).values()));
        }
        seat.reviewerId = newReviewerId;
        seat.assignedAt = now;
        reviews.save(seat);
        a.reviewDueAt = due;
        appeals.save(a);
        workflow.replaceReviewer(appealId, formerReviewerId, newReviewerId, due);
        audit.record("appeal.reviewerReplaced", "proposal:" + a.proposalId, "user:" + formerReviewerId + " -> user:" + newReviewerId);
        ChallengeView challenge = access.challenge(a.challengeId);
        notices.toUsers(List.of(newReviewerId), "appealToReview", "appeals/" + appealId + "/review", challenge.title());
    }

    /**
     * Closes the appeal once every opinion is in: UPHELD (the result stands) or RE_EVALUATED (the decision
     * takes {@code newOutcome}, and {@code newFeedback} when given), always with a reasoned reply the applicant
     * reads. The process then tells the applicant (see {@link AppealNotices}).
     */
    public void decide(long appealId, AppealOutcome outcome, Outcome newOutcome, String newFeedback, String reply) {
        retrying.run(() -> decideOnce(appealId, outcome, newOutcome, newFeedback, reply));
    }

    private void decideOnce(long appealId, AppealOutcome outcome, Outcome newOutcome, String newFeedback, String reply) {
        firmAppeal(appealId);
        Appeal a = appeals.lockById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (a.status == AppealStatus.CLOSED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        if (a.status != AppealStatus.TO_DECIDE) {
            throw new UserFacingException("appeal.error.opinionsMissing");
        }
        if (outcome == null) {
            throw new UserFacingException("appeal.error.outcomeRequired");
        }
        String text = AppealService.text(reply, AppealLimits.REPLY, "appeal.error.replyRequired");
        if (outcome == AppealOutcome.RE_EVALUATED) {
            results.reevaluated(a.proposalId, newOutcome, newFeedback);
        } else {
            results.upheld(a.proposalId);
        }
        a.status = AppealStatus.CLOSED;
        a.outcome = outcome;
        a.reply = text;
        a.decidedAt = clock.instant();
        a.decidedBy = CurrentUser.require().userId();
        appeals.save(a);
        audit.record("appeal.decided", "proposal:" + a.proposalId, outcome.name());
        workflow.decide(appealId, outcome == AppealOutcome.RE_EVALUATED);
    }

    private Appeal firmAppeal(long appealId) {
        Appeal a = appeals.findById(appealId).orElseThrow(() -> new UserFacingException("error.notFound"));
        access.firmProposal(a.proposalId);
        return a;
    }
}
