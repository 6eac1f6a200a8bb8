package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service tasks of a prize vote: announce that it opens, and that it is to be counted and published. */
@Component("prizeVoteClock")
class PrizeVoteClockDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PrizeVoteClockDelegate.class);

    private final ApplicationEventPublisher events;

    PrizeVoteClockDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long voteId = ((Number) execution.getVariable("voteId")).longValue();
        PrizeVoteClock.Moment moment = PrizeVoteClock.Moment.ofActivity(execution.getCurrentActivityId());
        log.info("prize vote {}: {}", voteId, moment);
        events.publishEvent(new PrizeVoteClock(voteId, moment));
    }
}
