package it.convergo.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import it.convergo.base.UserFacingException;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BeanValidationBinder} whose messages are translation keys. A constraint on a form record names its key
 * ({@code @NotBlank(message = "register.error.nameRequired")}); a limit follows a bar and is filled in by Bean
 * Validation ({@code "register.error.nameLong|{max}"}); the view's own checks answer with {@link #problem}. Fields
 * show the text in the reader's language, and {@link #problems} lists every one of them for a form's summary.
 * The one binder of every form of the portal.
 * A field whose value must not be blank (also through a constraint composed with {@code @NotBlank}) shows the
 * required mark, as those that must not be empty or null do.
 */
public class FormBinder<BEAN> extends BeanValidationBinder<BEAN> {

    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern KEY = Pattern.compile("[a-z][\\w-]*(\\.[\\w-]+)+(\\|.*)?", Pattern.DOTALL);

    public FormBinder(Class<BEAN> type) {
        super(type);
        // the components' own checks answer in English and without a key: the constraints say it all
        setDefaultValidatorsEnabled(false);
        setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain((constraint, binding) ->
                constraint.annotationType() == NotBlank.class || constraint.annotationType().isAnnotationPresent(NotBlank.class)));
        setValidationErrorHandler(new TranslatedErrors());
    }

    /**
     * Makes {@code button} submit the form: the record, once every field is valid, goes to {@code action}. A field
     * refusal moves the cursor to the first invalid field; a refusal of the server (an address already taken, a link
     * expired) shows in {@code messages}. Either way the form stays as typed and the button usable again.
     */
    public void submitWith(Button button, FormMessages messages, SerializableConsumer<BEAN> action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            messages.clear();
            try {
                action.accept(writeRecord());
            } catch (ValidationException refused) {
                focusFirst(refused);
                button.setEnabled(true);
            } catch (UserFacingException refused) {
                messages.error(refused);
                button.setEnabled(true);
            }
        });
    }

    /** Fine when {@code key} is null, else a refusal reading {@code key} filled with {@code params}. */
    public static ValidationResult problem(@Nullable String key, Object... params) {
        if (key == null) {
            return ValidationResult.ok();
        }
        StringBuilder message = new StringBuilder(key);
        for (Object p : params) {
            message.append('|').append(p);
        }
        return ValidationResult.error(message.toString());
    }

    /** The text of every field the refused write found invalid, in the order the fields were bound. */
    public static List<String> problems(ValidationException refused) {
        return invalid(refused).map(s -> text(s.getMessage().orElse(""))).toList();
    }

    /** Moves the cursor to the first invalid field, where the reader starts correcting. */
    public static void focusFirst(ValidationException refused) {
        invalid(refused).map(BindingValidationStatus::getField).filter(Focusable.class::isInstance).findFirst()
                .ifPresent(f -> ((Focusable<?>) f).focus());
    }

    /** Only the refusals: writeRecord reports the status of every field, the valid ones too. */
    private static Stream<BindingValidationStatus<?>> invalid(ValidationException refused) {
        return refused.getFieldValidationErrors().stream().filter(BindingValidationStatus::isError);
    }

    /** The reader's text for a message of this binder: a key, then the parameters after bars; other text as it is. */
    public static String text(String message) {
        if (!KEY.matcher(message).matches()) {
            return message;
        }
        String[] parts = BAR.split(message);
        Object[] params = Arrays.stream(parts, 1, parts.length)
                .map(p -> WHOLE_NUMBER.matcher(p).matches() ? (Object) Long.valueOf(p) : p).toArray();
        return UI.getCurrent().getTranslation(parts[0], params);
    }

    private static final class TranslatedErrors extends DefaultBinderValidationErrorHandler {

        @Override
        public void handleError(HasValue<?, ?> field, ValidationResult result) {
            super.handleError(field, ValidationResult.create(text(result.getErrorMessage()),
                    result.getErrorLevel().orElse(ErrorLevel.ERROR)));
        }
    }
}
