package it.convergo.evaluation.scoring;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.proposal.ProposalSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review quality: the proposal's rapporteur (for the other panel members' reviews) or the firm rates each
 * submitted review helpful, adequate or poor; the evaluator reads the rating of their own review; the firm sees
 * each evaluator's history when composing the next panels. Ratings are audited; the latest one counts.
 */
@Service
public class ReviewRatings {

    private final ReviewRatingRepository ratings;
    private final SheetRepository sheets;
    private final Seats seats;
    private final EvaluationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReviewRatings(ReviewRatingRepository ratings, SheetRepository sheets, Seats seats, EvaluationAccess access,
                  AuditLog audit, Clock clock) {
        this.ratings = ratings;
        this.sheets = sheets;
        this.seats = seats;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** An evaluator's record: how many of their reviews were rated, and how. */
    public record History(int helpful, int adequate, int poor) {

        public int rated() {
            return helpful + adequate + poor;
        }

        /** Share of poor ratings, 0-100 (0 when nothing was rated). */
        public int poorPercent() {
            return rated() == 0 ? 0 : Math.round(100f * poor / rated());
        }
    }

    /** Rates one evaluator's submitted review of the proposal; refused for anyone but its rapporteur or the firm. */
    @Transactional
    public void rate(long proposalId, long evaluatorId, ReviewQuality quality) {
        long challengeId = requireRater(proposalId, evaluatorId);
        if (quality == null) {
            throw new UserFacingException("evaluation.quality.error.choose");
        }
        sheets.findByProposalIdAndEvaluatorId(proposalId, evaluatorId).filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        ReviewRating r = ratings.findByProposalIdAndEvaluatorId(proposalId, evaluatorId)
                .orElseGet(() -> new ReviewRating(challengeId, proposalId, evaluatorId));
        if (r.rating == quality) {
            return;
        }
        r.rating = quality;
        r.ratedBy = CurrentUser.require().userId();
        r.ratedAt = clock.instant();
        ratings.save(r);
        audit.record("evaluation.reviewRated", "proposal:" + proposalId, "evaluator " + evaluatorId + ": " + quality);
    }

    /** The ratings on this proposal's reviews, by evaluator: for its rapporteur and the firm. */
    @Transactional(readOnly = true)
    public Map<Long, ReviewQuality> on(long proposalId) {
        requireRater(proposalId, -1);
        Map<Long, ReviewQuality> result = new HashMap<>();
        ratings.findByProposalId(proposalId).forEach(r -> result.put(r.evaluatorId, r.rating));
        return result;
    }

    /** The rating of the signed-in evaluator's own review of this proposal, if it was rated. */
    @Transactional(readOnly = true)
    public Optional<ReviewQuality> mine(long proposalId) {
        Assignment seat = seats.mine(proposalId);
        return ratings.findByProposalIdAndEvaluatorId(proposalId, seat.evaluatorId()).map(r -> r.rating);
    }

    /** These evaluators' records over every rated review, for the firm composing the challenge's panels. */
    @Transactional(readOnly = true)
    public Map<Long, History> history(long challengeId, Collection<Long> evaluatorIds) {
        access.firmChallenge(challengeId);
        Map<Long, int[]> counts = new HashMap<>();
        if (!evaluatorIds.isEmpty()) {
            for (Object[] row : ratings.countsOf(evaluatorIds)) {
                counts.computeIfAbsent((Long) row[0], k -> new int[3])[((ReviewQuality) row[1]).ordinal()] += ((Number) row[2]).intValue();
            }
        }
        Map<Long, History> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new History(c[0], c[1], c[2])));
        return result;
    }

    /**
     * The rapporteur of the proposal (not for their own review) or a manager of its firm; anyone else gets
     * "not found". Returns the proposal's challenge.
     */
    private long requireRater(long proposalId, long evaluatorId) {
        Optional<Assignment> seat = CurrentUser.get().flatMap(u -> seats.of(proposalId, u.userId()))
                .filter(a -> a.rapporteur() && a.isActive());
        if (seat.isPresent()) {
            if (seat.get().evaluatorId() == evaluatorId) {
                throw new UserFacingException("evaluation.quality.error.own");
            }
            return seat.get().challengeId();
        }
        ProposalSummary proposal = access.firmProposal(proposalId);
        return proposal.challengeId();
    }
}
