package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableSupplier;
import it.convergo.account.AccountLimits;
import it.convergo.account.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/** A new password typed twice, as the forms check it while the user types; the service checks it again. */
final class Passwords {

    private Passwords() {
    }

    /** A password field with the rules under it and the required mark. */
    static PasswordField field(String label, boolean withRules) {
        PasswordField field = new PasswordField(label);
        if (withRules) {
            field.setHelperText(field.getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        }
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** {@link PasswordPolicy}'s verdict, against the e-mail address when the form knows it. */
    static Validator<String> strong(SerializableSupplier<@Nullable String> email) {
        return (value, context) -> FormBinder.problem(PasswordPolicy.problem(value, email.get()), AccountLimits.PASSWORD_MIN);
    }

    /** The repetition matches the first password. */
    static Validator<String> repeats(HasValue<?, String> first) {
        return (value, context) -> FormBinder.problem(value.equals(first.getValue()) ? null : "password.error.mismatch");
    }
}
