package it.convergo.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * A multi-select combo box whose screen-reader announcements ("added to selection", how many are selected,
 * "selection cleared") speak the reader's language; Vaadin's own are English only. The count is announced as
 * "Selected: 3", which reads right for one as for many.
 */
public class MultiSelect<T> extends MultiSelectComboBox<T> {

    public MultiSelect() {
        addAttachListener(e -> setI18n(new MultiSelectComboBoxI18n()
                .setCleared(getTranslation("multiselect.cleared"))
                .setFocused(getTranslation("multiselect.focused"))
                .setSelected(getTranslation("multiselect.selected"))
                .setDeselected(getTranslation("multiselect.deselected"))
                .setTotal(getTranslation("multiselect.total"))));
    }

    public MultiSelect(String label) {
        this();
        setLabel(label);
    }
}
