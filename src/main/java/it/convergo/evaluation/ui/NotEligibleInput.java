package it.convergo.evaluation.ui;

import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The "not eligible" dialog: why, and a note the applicant reads (public: the binder builds it by reflection). */
public record NotEligibleInput(
        @NotNull(message = "evaluation.error.reasonRequired") IneligibilityReason reason,
        @Size(max = EvaluationLimits.ELIGIBILITY_NOTE, message = "evaluation.error.noteTooLong|{max}") String note) {
}
