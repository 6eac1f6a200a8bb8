package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service tasks of the lifecycle: announce opening, closing and published results of the challenge. */
@Component("challengeClock")
class ChallengeClockDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ChallengeClockDelegate.class);

    private final ApplicationEventPublisher events;

    ChallengeClockDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long challengeId = ((Number) execution.getVariable("challengeId")).longValue();
        ChallengeClock.Moment moment = ChallengeClock.Moment.ofActivity(execution.getCurrentActivityId());
        // one line per moment and node: with several nodes, it shows which node's job executor ran the timer
        log.info("challenge {}: {}", challengeId, moment);
        events.publishEvent(new ChallengeClock(challengeId, moment));
    }
}
