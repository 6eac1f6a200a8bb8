package it.convergo.evaluation.vote;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.evaluation.panel.Seats;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voters' side: one signed-in account, one final ballot per vote, never for its own organisation's proposal;
 * the firm's staff and the challenge's evaluators are left out when the firm chose so. The ballot is secret: it is
 * stored for the count and for the voter's own copy of their data, and shown to nobody else.
 */
@Service
public class PrizeVoteBallots {

    private final PrizeVoteRepository votes;
    private final VoteEntryRepository entries;
    private final BallotRepository ballots;
    private final Catalogue catalogue;
    private final Challenges challenges;
    private final Seats seats;
    private final VoteCount count;
    private final RetryingTransactions retrying;
    private final Clock clock;

    PrizeVoteBallots(PrizeVoteRepository votes, VoteEntryRepository entries, BallotRepository ballots, Catalogue catalogue,
                     Challenges challenges, Seats seats, VoteCount count, RetryingTransactions retrying, Clock clock) {
        this.votes = votes;
        this.entries = entries;
        this.ballots = ballots;
        this.catalogue = catalogue;
        this.challenges = challenges;
        this.seats = seats;
        this.count = count;
        this.retrying = retrying;
        this.clock = clock;
    }

    /** The vote of the challenge at this address, for the signed-in person; "not found" without a vote. */
    @Transactional(readOnly = true)
    public BallotPage page(String slug) {
        AccountPrincipal user = CurrentUser.require();
        ChallengeView challenge = catalogue.bySlug(slug).orElseThrow(() -> new UserFacingException("error.notFound"));
        PrizeVote vote = votes.findByChallengeId(challenge.id()).orElseThrow(() -> new UserFacingException("error.notFound"));
        Instant now = clock.instant();
        BallotPage.Phase phase = vote.status == VoteStatus.COUNTED ? BallotPage.Phase.COUNTED
                : now.isBefore(vote.opensAt) ? BallotPage.Phase.UPCOMING
                : now.isBefore(vote.closesAt) ? BallotPage.Phase.OPEN : BallotPage.Phase.COUNTING;
        boolean started = phase != BallotPage.Phase.UPCOMING;
        List<VoteEntry> shown = started ? entries.findByVoteIdAndOptedInTrueOrderById(vote.getId()) : List.of();
        List<BallotPage.Card> cards = shown.stream().map(e -> new BallotPage.Card(e.getId(), e.publicTitle, e.publicSummary,
                isOwn(e, user))).toList();
        Optional<BallotPage.MyBallot> mine = ballots.findByVoteIdAndVoterId(vote.getId(), user.userId())
                .map(b -> new BallotPage.MyBallot(entries.findById(b.entryId).map(e -> e.publicTitle).orElse(""), b.castAt));
        return new BallotPage(challenge.id(), vote.prizeName, challenge.title(), challenge.slug(), vote.opensAt,
                vote.closesAt, phase, refusal(vote, challenge, user).orElse(null), cards, mine,
                count.results(vote), phase == BallotPage.Phase.UPCOMING && user.has(Role.APPLICANT)
                        ? entries.findByVoteIdOrderById(vote.getId()).stream().filter(e -> isOwn(e, user)).map(e -> e.proposalId).toList()
                        : List.of());
    }

    /** The published results of a challenge's vote, empty before the count or without a vote. No access check. */
    @Transactional(readOnly = true)
    public Optional<VoteResults> results(long challengeId) {
        return votes.findByChallengeId(challengeId).flatMap(count::results);
    }

    /** Whether the challenge has an audience award, and its name (for links to the vote page). No access check. */
    @Transactional(readOnly = true)
    public Optional<String> prizeName(long challengeId) {
        return votes.findByChallengeId(challengeId).map(v -> v.prizeName);
    }

    /**
     * Casts the signed-in person's final ballot. A double click or a second tab changes nothing: the unique key
     * (vote, voter) refuses the twin, whose retry finds the first ballot and is told so.
     */
    public void cast(long entryId) {
        AccountPrincipal user = CurrentUser.require();
        retrying.run(() -> castOnce(user, entryId));
    }

    private void castOnce(AccountPrincipal user, long entryId) {
        VoteEntry entry = entries.findById(entryId).filter(e -> e.optedIn)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        PrizeVote vote = votes.findById(entry.voteId).orElseThrow();
        ChallengeView challenge = challenges.view(vote.challengeId);
        if (!challenges.isVisibleTo(challenge.id(), user.userId(), user.organisationId())) {
            throw new UserFacingException("error.notFound");
        }
        Instant now = clock.instant();
        if (!vote.acceptsBallotsAt(now)) {
            throw new UserFacingException(now.isBefore(vote.opensAt) ? "vote.error.notYetOpen" : "vote.error.closed");
        }
        Optional<String> refused = refusal(vote, challenge, user);
        if (refused.isPresent()) {
            throw new UserFacingException(refused.get());
        }
        if (isOwn(entry, user)) {
            throw new UserFacingException("vote.error.ownProposal");
        }
        if (ballots.findByVoteIdAndVoterId(vote.getId(), user.userId()).isPresent()) {
            throw new UserFacingException("vote.error.alreadyVoted");
        }
        ballots.saveAndFlush(new Ballot(vote.getId(), entryId, user.userId(), now));
    }

    /** Why this person may not vote at all in this vote (the firm's exclusions first), as a translation key; empty when they may. */
    private Optional<String> refusal(PrizeVote vote, ChallengeView challenge, AccountPrincipal user) {
        if (vote.excludeFirmStaff && user.organisationId() != null && user.organisationId() == challenge.firmId()) {
            return Optional.of("vote.refused.firmStaff");
        }
        if (vote.excludeEvaluators && seats.ofEvaluator(user.userId()).stream().anyMatch(a -> a.challengeId() == challenge.id())) {
            return Optional.of("vote.refused.evaluator");
        }
        if (vote.audience == Audience.MEMBERS && user.organisationId() == null) {
            return Optional.of("vote.refused.members");
        }
        return Optional.empty();
    }

    private static boolean isOwn(VoteEntry e, AccountPrincipal user) {
        return user.organisationId() != null && user.organisationId() == e.organisationId;
    }
}
