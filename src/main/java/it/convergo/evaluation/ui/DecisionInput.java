package it.convergo.evaluation.ui;

import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.results.Outcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The firm's decision on one proposal: the outcome and the feedback the applicant reads. */
public record DecisionInput(
        @NotNull(message = "evaluation.error.outcomeRequired") Outcome outcome,
        @Size(max = EvaluationLimits.FEEDBACK, message = "evaluation.error.feedbackTooLong|{max}") String feedback) {
}
