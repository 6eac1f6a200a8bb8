package it.convergo.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text field or area with a limit the user can see: "120 / 2000 characters" under it, counted as they type,
 * and the browser refuses more. The limit comes from the feature's own limits class, the one place it is set.
 */
public final class CountedText {

    private CountedText() {
    }

    public static TextField field(String label, int max) {
        TextField field = new TextField(label);
        field.setMaxLength(max);
        return counted(field, max);
    }

    public static TextArea area(String label, int max) {
        TextArea area = new TextArea(label);
        area.setMaxLength(max);
        return counted(area, max);
    }

    /** Adds the counter to a field built elsewhere (its maximum length is set to {@code max}). */
    public static TextField count(TextField field, int max) {
        field.setMaxLength(max);
        return counted(field, max);
    }

    public static TextArea count(TextArea area, int max) {
        area.setMaxLength(max);
        return counted(area, max);
    }

    private static <F extends AbstractField<F, String> & HasHelper & HasValueChangeMode & HasSize> F counted(F field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        show(field, field.getValue(), max);
        field.addValueChangeListener(e -> show(field, e.getValue(), max));
        return field;
    }

    private static void show(HasHelper field, String value, int max) {
        field.setHelperText(UI.getCurrent().getTranslation("text.count", value == null ? 0 : value.length(), max));
    }
}
