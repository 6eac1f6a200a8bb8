package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The service tasks of the clarification round: each announces its end as a {@link ClarificationStep}. */
@Component("clarificationStep")
class ClarificationStepDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    ClarificationStepDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // questionId is local to the round's scope (see the BPMN), so concurrent rounds each read their own
        events.publishEvent(new ClarificationStep(longVar(execution, "proposalId"), longVar(execution, "challengeId"),
                longVar(execution, "questionId"), ClarificationStep.Kind.ofActivity(execution.getCurrentActivityId())));
    }

    private static long longVar(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
