package it.convergo.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import it.convergo.evaluation.results.Outcome;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The firm's evaluation dialogs refuse before the service is called, in the reader's language. */
class EvaluationFormsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Translations translations = new Translations();

    @Test
    void notEligibleNeedsAReasonAndANoteWithinItsLimit() {
        assertThat(messages(new NotEligibleInput(null, ""))).containsExactly("evaluation.error.reasonRequired");
        assertThat(messages(new NotEligibleInput(IneligibilityReason.values()[0], "x".repeat(EvaluationLimits.ELIGIBILITY_NOTE + 1))))
                .containsExactly("evaluation.error.noteTooLong|" + EvaluationLimits.ELIGIBILITY_NOTE);
        assertThat(messages(new NotEligibleInput(IneligibilityReason.values()[0], "Below the TRL asked for."))).isEmpty();
    }

    @Test
    void aDecisionNeedsAnOutcomeAndFeedbackWithinItsLimit() {
        assertThat(messages(new DecisionInput(null, ""))).containsExactly("evaluation.error.outcomeRequired");
        assertThat(messages(new DecisionInput(Outcome.values()[0], "x".repeat(EvaluationLimits.FEEDBACK + 1))))
                .containsExactly("evaluation.error.feedbackTooLong|" + EvaluationLimits.FEEDBACK);
        for (Locale locale : Translations.LOCALES) {
            assertThat(translations.get("evaluation.error.feedbackTooLong", locale, 4000)).contains("4").doesNotStartWith("!");
        }
    }

    private List<String> messages(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }
}
