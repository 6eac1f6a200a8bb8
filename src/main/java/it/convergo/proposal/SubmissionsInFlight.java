package it.convergo.proposal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Submissions this node has accepted for work but not yet finished. The close of a challenge waits (bounded)
 * for those that arrived before it started and are for that challenge or not yet known to be for another,
 * so an applicant who arrived in time is not refused just because the server was busy. A submission that
 * still reaches the challenge's row lock after the close committed is refused with the deadline message,
 * never acknowledged without an evaluation.
 */
@Component
class SubmissionsInFlight {

    private static final Logger log = LoggerFactory.getLogger(SubmissionsInFlight.class);

    private final Set<Ticket> tickets = ConcurrentHashMap.newKeySet();
    private final Duration maxWait;

    SubmissionsInFlight(@Value("${convergo.proposals.close-waits-for-submissions:30s}") Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** A submission in flight; closing it (try-with-resources) releases the close that waits for it. */
    final class Ticket implements AutoCloseable {
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile long challengeId = -1;

        void challenge(long id) {
            challengeId = id;
        }

        @Override
        public void close() {
            tickets.remove(this);
            done.countDown();
        }
    }

    Ticket arrive() {
        Ticket t = new Ticket();
        tickets.add(t);
        return t;
    }

    /** Waits until the submissions in flight now that may be for this challenge have finished, at most the bound. */
    void await(long challengeId) {
        List<Ticket> waitFor = tickets.stream().filter(t -> t.challengeId == -1 || t.challengeId == challengeId).toList();
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            for (Ticket t : waitFor) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !t.done.await(left, TimeUnit.NANOSECONDS)) {
                    log.warn("Closing challenge {} after waiting {} for submissions still in flight; later ones are refused",
                            challengeId, maxWait);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!waitFor.isEmpty()) {
            log.info("Closing challenge {} waited for {} submissions in flight", challengeId, waitFor.size());
        }
    }
}
