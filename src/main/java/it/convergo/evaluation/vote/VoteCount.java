package it.convergo.evaluation.vote;

import it.convergo.audit.AuditLog;
import it.convergo.workflow.PrizeVoteClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The vote's steps from its process, in the workflow's transaction: it opens; at the closing time it is counted
 * and published. The counts exist only from then on: before, nobody can read them, the firm included.
 */
@Component
class VoteCount {

    private final PrizeVoteRepository votes;
    private final VoteEntryRepository entries;
    private final BallotRepository ballots;
    private final AuditLog audit;
    private final Clock clock;

    VoteCount(PrizeVoteRepository votes, VoteEntryRepository entries, BallotRepository ballots, AuditLog audit, Clock clock) {
        this.votes = votes;
        this.entries = entries;
        this.ballots = ballots;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(PrizeVoteClock event) {
        // a vote deleted in a test (or never stored) leaves nothing to do
        votes.findById(event.voteId()).ifPresent(vote -> {
            switch (event.moment()) {
                case OPENS -> open(vote);
                case COUNT -> count(vote);
            }
        });
    }

    private void open(PrizeVote vote) {
        if (vote.status != VoteStatus.SCHEDULED) {
            return;
        }
        vote.status = VoteStatus.OPEN;
        audit.record("vote.opened", "challenge:" + vote.challengeId, vote.prizeName);
    }

    /** Counts once: a repeated job finds the vote counted and leaves it alone. */
    private void count(PrizeVote vote) {
        if (vote.status == VoteStatus.COUNTED) {
            return;
        }
        audit.record("vote.closed", "challenge:" + vote.challengeId, vote.prizeName);
        Map<Long, Long> perEntry = ballots.countPerEntry(vote.getId()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        for (VoteEntry e : entries.findByVoteIdOrderById(vote.getId())) {
            e.votes = perEntry.getOrDefault(e.getId(), 0L).intValue();
        }
        vote.status = VoteStatus.COUNTED;
        vote.countedAt = clock.instant();
        long total = perEntry.values().stream().mapToLong(Long::longValue).sum();
        audit.record("vote.counted", "challenge:" + vote.challengeId, String.valueOf(total));
    }

    /** The published results, empty until the vote is counted (for everyone: the firm learns them at the same time). */
    Optional<VoteResults> results(PrizeVote vote) {
        if (vote.status != VoteStatus.COUNTED) {
            return Optional.empty();
        }
        List<VoteEntry> shown = entries.findByVoteIdAndOptedInTrueOrderById(vote.getId()).stream()
                .sorted(Comparator.comparingInt((VoteEntry e) -> e.votes == null ? 0 : e.votes).reversed()
                        .thenComparing(e -> e.publicTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<VoteResults.Row> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < shown.size(); i++) {
            VoteEntry e = shown.get(i);
            int v = e.votes == null ? 0 : e.votes;
            total += v;
            // competition ranking: equal votes share the rank ("1, 1, 3") and are marked as a tie
            int rank = i > 0 && votesOf(shown.get(i - 1)) == v ? rows.get(i - 1).rank() : i + 1;
            boolean tied = (i > 0 && votesOf(shown.get(i - 1)) == v) || (i + 1 < shown.size() && votesOf(shown.get(i + 1)) == v);
            rows.add(new VoteResults.Row(rank, e.getId(), e.publicTitle, v, tied));
        }
        return Optional.of(new VoteResults(vote.prizeName, vote.countedAt, total, rows));
    }

    private static int votesOf(VoteEntry e) {
        return e.votes == null ? 0 : e.votes;
    }
}
