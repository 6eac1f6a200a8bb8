package it.convergo.challenge.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationResult;
import it.convergo.challenge.ChallengeDraft;
import jakarta.validation.constraints.NotBlank;

/**
 * The editor's binder: the Bean Validation constraints of {@link ChallengeDraft}, whose messages are translation
 * keys with the limit after a bar ({@code "challenge.error.tooLong.title|150"}), shown in the reader's language.
 */
class DraftBinder extends BeanValidationBinder<ChallengeDraft> {

    DraftBinder() {
        super(ChallengeDraft.class);
        // the components' own checks answer in English and without a key: the constraints say it all
        setDefaultValidatorsEnabled(false);
        // a text that must not be blank is marked as required, as those that must not be empty or null are
        setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain((constraint, binding) ->
                constraint.annotationType() == NotBlank.class));
        setValidationErrorHandler(new DefaultBinderValidationErrorHandler() {
            @Override
            public void handleError(HasValue<?, ?> field, ValidationResult result) {
                super.handleError(field, ValidationResult.create(translate(result.getErrorMessage()),
                        result.getErrorLevel().orElse(ErrorLevel.ERROR)));
            }
        });
    }

    /** A key, or a key and its parameters separated by bars, in the current UI's language. */
    static String translate(String message) {
        String[] parts = message.split("\\|");
        Object[] params = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            params[i - 1] = parts[i].matches("\\d{1,9}") ? (Object) Integer.valueOf(parts[i]) : parts[i];
        }
        return UI.getCurrent().getTranslation(parts[0], params);
    }
}
