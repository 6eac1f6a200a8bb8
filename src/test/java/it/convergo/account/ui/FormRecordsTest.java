package it.convergo.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.ui.admin.Invitation;
import it.convergo.account.ui.admin.NewOrganisation;
import it.convergo.account.ui.admin.UserRoles;
import it.convergo.base.i18n.Translations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The account forms' constraints speak both languages: every message is a translation key of the bundles. */
class FormRecordsTest {

    private static final List<Class<?>> FORMS = List.of(RegistrationInput.class, NewPassword.class, Expertise.class,
            Invitation.class, NewOrganisation.class, UserRoles.class);

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Translations translations = new Translations();

    @Test
    void everyConstraintMessageIsATranslatedKey() {
        List<String> missing = new ArrayList<>();
        for (Class<?> form : FORMS) {
            for (var property : validator.getConstraintsForClass(form).getConstrainedProperties()) {
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    for (String message : messages(constraint)) {
                        String key = message.split("\\|")[0];
                        for (Locale locale : Translations.LOCALES) {
                            if (translations.get(key, locale).startsWith("!")) {
                                missing.add(form.getSimpleName() + "." + property.getPropertyName() + ": " + key + " (" + locale + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theFormsHaveConstraints() {
        assertThat(validator.getConstraintsForClass(RegistrationInput.class).getConstrainedProperties()).hasSizeGreaterThan(5);
    }

    /** The messages a field can show: a composed constraint shows those of its parts. */
    private static List<String> messages(ConstraintDescriptor<?> constraint) {
        if (constraint.getComposingConstraints().isEmpty() || constraint.isReportAsSingleViolation()) {
            return List.of(constraint.getMessageTemplate());
        }
        return constraint.getComposingConstraints().stream().flatMap(c -> messages(c).stream()).toList();
    }
}
