package it.convergo.proposal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a bounded number of uploads and submissions do their work at once, first come first served. At a
 * deadline hundreds arrive together: run all at once they share two cores and the connection pool in no
 * order, so some wait many times longer than others; in one fair queue each waits about the same, for about
 * as long as the whole rush needs, and the work itself runs with less switching. Waiting is never a
 * refusal: the deadline is judged by when the request arrived, which is taken before the queue.
 * <p>
 * A call made inside a transaction already holds a connection and passes without queueing, so the queue can
 * never wait for a connection that a queued caller holds.
 */
@Component
class SubmissionGate {

    private final Semaphore permits;

    SubmissionGate(@Value("${convergo.proposals.concurrent-work:0}") int configured, MeterRegistry meters) {
        int size = configured > 0 ? configured : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        this.permits = new Semaphore(size, true);
        Gauge.builder("convergo.proposals.queued", permits, Semaphore::getQueueLength)
                .description("Uploads and submissions waiting for their turn").register(meters);
    }

    <T> T pass(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
