package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The service task of {@code pitch-day}: announces that the jury's scoring has ended. */
@Component("pitchDayStep")
class PitchDayStepDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    PitchDayStepDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new PitchDayScored(((Number) execution.getVariable("pitchDayId")).longValue(),
                ((Number) execution.getVariable("challengeId")).longValue()));
    }
}
