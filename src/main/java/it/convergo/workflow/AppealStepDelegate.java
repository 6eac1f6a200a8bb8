package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The service task of {@code proposal-appeal}: announces the firm's answer as an {@link AppealAnswered}. */
@Component("appealStep")
class AppealStepDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    AppealStepDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new AppealAnswered(longVar(execution, "appealId"), longVar(execution, "proposalId"),
                longVar(execution, "challengeId"), Boolean.TRUE.equals(execution.getVariable("reevaluated"))));
    }

    private static long longVar(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
