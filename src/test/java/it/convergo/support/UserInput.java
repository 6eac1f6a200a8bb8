package it.convergo.support;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Sets a field's value as if the user had typed or picked it (value change "from client"). Karibu
 * 2.6.2's own {@code _setValue} calls a method that Vaadin 25 no longer has.
 */
public final class UserInput {

    private static final Method SET_MODEL_VALUE;

    static {
        try {
            SET_MODEL_VALUE = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            SET_MODEL_VALUE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UserInput() {
    }

    public static <V> void set(HasValue<?, V> field, V value) {
        if (!(field instanceof AbstractField<?, ?> abstractField)) {
            field.setValue(value);
            return;
        }
        if (!abstractField.isEnabled() || abstractField.isReadOnly()) {
            throw new IllegalStateException("The field is not editable: " + field);
        }
        try {
            SET_MODEL_VALUE.invoke(abstractField, value, true);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
