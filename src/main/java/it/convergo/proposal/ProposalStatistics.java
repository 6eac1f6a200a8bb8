package it.convergo.proposal;

import it.convergo.base.Times;
import it.convergo.challenge.ProposalStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal counts the challenge feature shows on the firm's dashboard and uses to freeze its promises.
 * SUBMITTED counts every proposal submitted and not withdrawn, whatever the evaluation made of it since;
 * the other keys count the proposals in that state now.
 */
@Component
class ProposalStatistics implements ProposalStats {

    private final ProposalRepository proposals;

    ProposalStatistics(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    @Transactional(readOnly = true)
    public long submittedCount(long challengeId) {
        return countsByState(challengeId).get(SUBMITTED);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countsByState(long challengeId) {
        Map<ProposalStatus, Long> byStatus = new java.util.EnumMap<>(ProposalStatus.class);
        for (Object[] row : proposals.countsByStatus(challengeId)) {
            byStatus.put((ProposalStatus) row[0], ((Number) row[1]).longValue());
        }
        long submitted = byStatus.entrySet().stream().filter(e -> e.getKey().isSubmitted()).mapToLong(Map.Entry::getValue).sum();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(DRAFTS, byStatus.getOrDefault(ProposalStatus.DRAFT, 0L));
        counts.put(SUBMITTED, submitted);
        counts.put(ELIGIBLE, byStatus.getOrDefault(ProposalStatus.ELIGIBLE, 0L));
        counts.put(UNDER_EVALUATION, byStatus.getOrDefault(ProposalStatus.UNDER_EVALUATION, 0L));
        counts.put(DECIDED, byStatus.getOrDefault(ProposalStatus.DECIDED, 0L));
        return counts;
    }

    /** First submissions of proposals still in the running, per Europe/Rome calendar day. */
    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> submissionsPerDay(long challengeId) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (Instant at : proposals.firstSubmissions(challengeId)) {
            perDay.merge(at.atZone(Times.ROME).toLocalDate(), 1L, Long::sum);
        }
        return perDay;
    }
}
