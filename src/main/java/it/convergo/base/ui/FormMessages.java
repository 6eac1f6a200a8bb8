package it.convergo.base.ui;

import com.vaadin.flow.component.html.Div;
import it.convergo.base.UserFacingException;

/** The message box at the top of a form: tells what went wrong and how to fix it, or that it worked. */
public class FormMessages extends Div {

    public FormMessages() {
        addClassName("cv-form-message");
        setVisible(false);
        getElement().setAttribute("role", "alert");
    }

    public void error(UserFacingException e) {
        show(getTranslation(e.messageKey(), e.params()), "cv-form-message-error");
    }

    public void error(String key, Object... params) {
        show(getTranslation(key, params), "cv-form-message-error");
    }

    public void success(String key, Object... params) {
        show(getTranslation(key, params), "cv-form-message-success");
    }

    public void clear() {
        setVisible(false);
    }

    private void show(String text, String variant) {
        removeClassNames("cv-form-message-error", "cv-form-message-success");
        addClassName(variant);
        setText(text);
        setVisible(true);
    }
}
