package it.convergo.challenge.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeView;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the editor's sections share: the draft being edited, the challenge as stored, the binder over the draft,
 * and which field (on which step) shows a refusal of the service.
 */
final class EditorForm {

    final ChallengeDraft draft;
    final ChallengeView stored;
    final FormBinder<ChallengeDraft> binder = new FormBinder<>(ChallengeDraft.class);
    private final Map<String, HasValidation> fieldOf = new HashMap<>();
    private final Map<HasValidation, Integer> stepOf = new HashMap<>();

    EditorForm(ChallengeDraft draft, ChallengeView stored) {
        this.draft = draft;
        this.stored = stored;
    }

    /** The service's refusals with these keys are shown next to {@code field}, which is on step {@code step}. */
    void errorsOn(int step, HasValidation field, String... keys) {
        for (String key : keys) {
            fieldOf.put(key, field);
        }
        stepOf.put(field, step);
    }

    void clearMarks() {
        stepOf.keySet().forEach(f -> f.setInvalid(false));
    }

    /** Shows a refusal next to its field; the step of that field, if the refusal has one. */
    OptionalInt mark(UserFacingException e) {
        HasValidation field = fieldOf.get(e.messageKey());
        if (field == null) {
            return OptionalInt.empty();
        }
        field.setErrorMessage(UI.getCurrent().getTranslation(e.messageKey(), e.params()));
        field.setInvalid(true);
        return OptionalInt.of(stepOf.get(field));
    }
}
