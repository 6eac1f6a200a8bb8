package it.convergo.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The service tasks of {@code proposal-evaluation}: each announces its step as an {@link EvaluationStep}. */
@Component("evaluationStep")
class EvaluationStepDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    EvaluationStepDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvaluationStep.Kind kind = EvaluationStep.Kind.ofActivity(execution.getCurrentActivityId());
        Object evaluator = execution.getVariable("evaluator");
        events.publishEvent(new EvaluationStep(longVar(execution, "proposalId"), longVar(execution, "challengeId"),
                kind, evaluator == null ? null : Long.valueOf(evaluator.toString())));
    }

    private static long longVar(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
