package it.convergo.proposal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Lets a test make a submission fail at its very end (after everything was written), to check atomicity. */
@Component
public class FailingSubmissions {

    private final Set<Long> failing = ConcurrentHashMap.newKeySet();

    public void failFor(long proposalId) {
        failing.add(proposalId);
    }

    public void clear(long proposalId) {
        failing.remove(proposalId);
    }

    @EventListener
    void on(ProposalSubmitted submitted) {
        if (failing.contains(submitted.proposalId())) {
            throw new IllegalStateException("simulated failure after the submission was written");
        }
    }
}
