package it.convergo.challenge;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Lets tests pretend proposals were submitted to a challenge (zero for every other challenge). */
@Component
public class FakeProposalStats implements ProposalStats {

    private final Map<Long, Long> submitted = new ConcurrentHashMap<>();

    public void submitted(long challengeId, long count) {
        submitted.put(challengeId, count);
    }

    @Override
    public long submittedCount(long challengeId) {
        return submitted.getOrDefault(challengeId, 0L);
    }

    @Override
    public Map<String, Long> countsByState(long challengeId) {
        long n = submittedCount(challengeId);
        return n == 0 ? Map.of() : Map.of(SUBMITTED, n, DRAFTS, 2L);
    }

    @Override
    public Map<LocalDate, Long> submissionsPerDay(long challengeId) {
        long n = submittedCount(challengeId);
        return n == 0 ? Map.of() : Map.of(LocalDate.now().minusDays(1), n - 1, LocalDate.now(), 1L);
    }
}
