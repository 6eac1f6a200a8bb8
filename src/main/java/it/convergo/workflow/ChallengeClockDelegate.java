package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service tasks of the lifecycle: announce "opens" or "closes" for the process's challenge. */
@Component("challengeClock")
class ChallengeClockDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    ChallengeClockDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long challengeId = ((Number) execution.getVariable("challengeId")).longValue();
        ChallengeClock.Moment moment = "open".equals(execution.getCurrentActivityId())
                ? ChallengeClock.Moment.OPENS : ChallengeClock.Moment.CLOSES;
        events.publishEvent(new ChallengeClock(challengeId, moment));
    }
}
