package it.convergo.proposal.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Shows the proposal form's Bean Validation messages in the reader's language: a constraint's message is a
 * translation key, followed by the constraint's values after {@code |} ("proposal.error.atMost|3000"); any
 * other message is shown as it is.
 */
final class TranslatedErrors extends DefaultBinderValidationErrorHandler {

    private static final Pattern KEY = Pattern.compile("proposal\\.[\\w.]+(\\|.*)?");

    @Override
    public void handleError(HasValue<?, ?> field, ValidationResult result) {
        super.handleError(field, ValidationResult.create(translate(result.getErrorMessage()),
                result.getErrorLevel().orElse(ErrorLevel.ERROR)));
    }

    static String translate(String message) {
        if (!KEY.matcher(message).matches()) {
            return message;
        }
        String[] parts = message.split("\\|");
        return UI.getCurrent().getTranslation(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
