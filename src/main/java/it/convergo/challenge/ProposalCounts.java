package it.convergo.challenge;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The proposals' figures a challenge needs, from the {@link ProposalStats} the proposals feature provides: no
 * implementation yet means no proposals; several (tests add one) are summed.
 */
@Component
class ProposalCounts {

    private final ObjectProvider<ProposalStats> stats;

    ProposalCounts(ObjectProvider<ProposalStats> stats) {
        this.stats = stats;
    }

    /** Proposals submitted to the challenge; above zero, its promises are frozen and its deadline cannot come earlier. */
    long submitted(long challengeId) {
        return stats.orderedStream().mapToLong(s -> s.submittedCount(challengeId)).sum();
    }

    /** Counts by state, every state present (zero when none). */
    Map<String, Long> byState(long challengeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : List.of(ProposalStats.DRAFTS, ProposalStats.SUBMITTED, ProposalStats.ELIGIBLE,
                ProposalStats.UNDER_EVALUATION, ProposalStats.DECIDED)) {
            counts.put(key, 0L);
        }
        stats.orderedStream().forEach(s -> s.countsByState(challengeId).forEach((k, v) -> counts.merge(k, v, Long::sum)));
        return counts;
    }

    /** Submissions per Europe/Rome calendar day, in date order. */
    Map<LocalDate, Long> perDay(long challengeId) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        stats.orderedStream().forEach(s -> s.submissionsPerDay(challengeId).forEach((k, v) -> perDay.merge(k, v, Long::sum)));
        return perDay;
    }
}
