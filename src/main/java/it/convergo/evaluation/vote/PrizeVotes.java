package it.convergo.evaluation.vote;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.eligibility.EligibleProposals;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.PrizeVoteProcess;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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
 * The firm's side of the audience award: it admits eligible proposals, names the prize, chooses the audience and
 * the voting period; it may change all this until the vote opens. Before the count it sees only how many ballots
 * were cast.
 */
@Service
public class PrizeVotes {

    private final EvaluationAccess access;
    private final EligibleProposals eligible;
    private final SubmittedProposals proposals;
    private final PrizeVoteRepository votes;
    private final VoteEntryRepository entries;
    private final BallotRepository ballots;
    private final PrizeVoteProcess process;
    private final VoteCount count;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    PrizeVotes(EvaluationAccess access, EligibleProposals eligible, SubmittedProposals proposals, PrizeVoteRepository votes,
               VoteEntryRepository entries, BallotRepository ballots, PrizeVoteProcess process, VoteCount count,
               Notices notices, AuditLog audit, Clock clock, RetryingTransactions retrying) {
        this.retrying = retrying;
        this.access = access;
        this.eligible = eligible;
        this.proposals = proposals;
        this.votes = votes;
        this.entries = entries;
        this.ballots = ballots;
        this.process = process;
        this.count = count;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The eligible proposals the firm may admit, for a challenge without a vote yet (or to edit one). */
    @Transactional(readOnly = true)
    public List<FirmVote.Candidate> candidates(long challengeId) {
        access.firmChallenge(challengeId);
        Set<Long> ok = eligible.in(challengeId);
        Map<Long, VoteEntry> entered = votes.findByChallengeId(challengeId)
                .map(v -> entries.findByVoteIdOrderById(v.getId()).stream()
                        .collect(Collectors.toMap(e -> e.proposalId, Function.identity())))
                .orElse(Map.of());
        return access.visible(proposals.submittedTo(challengeId)).stream().filter(p -> ok.contains(p.id()))
                .map(p -> {
                    VoteEntry e = entered.get(p.id());
                    return new FirmVote.Candidate(p.id(), p.title(), p.organisationName(), e != null, e != null && e.optedIn);
                }).toList();
    }

    /** The challenge's vote as its firm sees it, empty when none is configured. */
    @Transactional(readOnly = true)
    public Optional<FirmVote> forFirm(long challengeId) {
        access.firmChallenge(challengeId);
        return votes.findByChallengeId(challengeId).map(v -> new FirmVote(v.getId(), v.getVersion(), v.prizeName,
                v.audience, v.excludeFirmStaff, v.excludeEvaluators, v.opensAt, v.closesAt, v.status,
                editable(v), ballots.countByVoteId(v.getId()),
                candidates(challengeId).stream().filter(FirmVote.Candidate::entered).toList(),
                count.results(v)));
    }

    /**
     * Creates or changes the vote (only before it opens) and (re)schedules its process. Applicants of newly
     * admitted proposals are asked by e-mail whether they want to take part.
     *
     * Two managers creating it at once: the unique challenge key refuses the twin, whose retry finds the
     * other's vote and is told it changed meanwhile.
     *
     * @param expectedVersion the version the firm edited, or -1 for a new vote
     */
    public long configure(long challengeId, VoteSettings s, long expectedVersion) {
        return retrying.run(() -> configureOnce(challengeId, s, expectedVersion));
    }

    private long configureOnce(long challengeId, VoteSettings s, long expectedVersion) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        String name = s.prizeName() == null ? "" : s.prizeName().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("vote.error.nameRequired");
        }
        if (name.length() > VoteSettings.PRIZE_NAME) {
            throw new UserFacingException("vote.error.nameTooLong", VoteSettings.PRIZE_NAME);
        }
        if (s.audience() == null || s.opensAt() == null || s.closesAt() == null) {
            throw new UserFacingException("vote.error.incomplete");
        }
        Instant opens = rome(s.opensAt());
        Instant closes = rome(s.closesAt());
        Instant now = clock.instant();
        if (!closes.isAfter(opens) || !closes.isAfter(now)) {
            throw new UserFacingException("vote.error.dates");
        }
        Set<Long> ok = eligible.in(challengeId);
        if (ok.isEmpty()) {
            throw new UserFacingException("vote.error.noEligible");
        }
        if (s.proposalIds() == null || s.proposalIds().isEmpty()) {
            throw new UserFacingException("vote.error.noEntries");
        }
        if (!ok.containsAll(s.proposalIds())) {
            throw new UserFacingException("error.notFound");
        }
        PrizeVote vote = votes.findByChallengeId(challengeId).orElse(null);
        boolean created = vote == null;
        if (created) {
            if (expectedVersion != -1) {
                throw new UserFacingException("error.concurrentEdit");
            }
            vote = new PrizeVote(challengeId);
        } else {
            if (vote.getVersion() != expectedVersion) {
                throw new UserFacingException("error.concurrentEdit");
            }
            if (!editable(vote)) {
                throw new UserFacingException("vote.error.started");
            }
        }
        vote.prizeName = name;
        vote.audience = s.audience();
        vote.excludeFirmStaff = s.excludeFirmStaff();
        vote.excludeEvaluators = s.excludeEvaluators();
        vote.opensAt = opens;
        vote.closesAt = closes;
        vote.configuredBy = CurrentUser.require().userId();
        vote = votes.saveAndFlush(vote);
        List<ProposalSummary> invited = syncEntries(vote, s.proposalIds());
        process.schedule(vote.getId(), challengeId, opens, closes);
        audit.record(created ? "vote.configured" : "vote.changed", "challenge:" + challengeId,
                name + " · " + s.audience() + " · " + Times.format(opens, java.util.Locale.ITALIAN) + " – "
                        + Times.format(closes, java.util.Locale.ITALIAN) + " · " + s.proposalIds().size());
        for (ProposalSummary p : invited) {
            notices.toApplicants(p.organisationId(), "voteInvite", "vote-entry/" + p.id(), p.title(), challenge.title(), name);
        }
        return vote.getId();
    }

    /** Adds the newly admitted proposals, removes those no longer admitted; returns the added ones. */
    private List<ProposalSummary> syncEntries(PrizeVote vote, Set<Long> admitted) {
        List<VoteEntry> current = entries.findByVoteIdOrderById(vote.getId());
        Set<Long> present = current.stream().map(e -> e.proposalId).collect(Collectors.toSet());
        current.stream().filter(e -> !admitted.contains(e.proposalId)).forEach(entries::delete);
        List<ProposalSummary> added = new ArrayList<>();
        for (long proposalId : admitted.stream().sorted().toList()) {
            if (!present.contains(proposalId)) {
                ProposalSummary p = proposals.summary(proposalId);
                entries.save(new VoteEntry(vote.getId(), proposalId, p.organisationId()));
                added.add(p);
            }
        }
        entries.flush();
        return added;
    }

    /** Settings change only while the vote has not opened; nobody has seen or cast a ballot yet. */
    private boolean editable(PrizeVote v) {
        return v.status == VoteStatus.SCHEDULED && clock.instant().isBefore(v.opensAt);
    }

    private static Instant rome(LocalDateTime wallClock) {
        return wallClock.atZone(Times.ROME).toInstant();
    }
}
