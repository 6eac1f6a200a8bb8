package it.convergo.proposal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Submissions that committed (a receipt was issued), counted once the submit transaction has committed. */
@Component
class SubmissionMetrics {

    private final Counter submitted;

    SubmissionMetrics(MeterRegistry meters) {
        submitted = Counter.builder("convergo.proposals.submitted")
                .description("Proposals submitted (acknowledged with a receipt), resubmissions included").register(meters);
    }

    @TransactionalEventListener
    void on(ProposalSubmitted event) {
        submitted.increment();
    }
}
