package it.convergo.challenge.ui;

import com.vaadin.flow.component.html.Div;
import it.convergo.base.UserFacingException;

/** The message box at the top of a form: what went wrong and how to fix it, or that it worked. */
class Messages extends Div {

    Messages() {
        addClassName("cv-form-message");
        setVisible(false);
        getElement().setAttribute("role", "alert");
    }

    void error(UserFacingException e) {
        show(getTranslation(e.messageKey(), e.params()), "cv-form-message-error");
    }

    void error(String key, Object... params) {
        show(getTranslation(key, params), "cv-form-message-error");
    }

    void success(String key, Object... params) {
        show(getTranslation(key, params), "cv-form-message-success");
    }

    void clear() {
        setVisible(false);
    }

    private void show(String text, String variant) {
        removeClassNames("cv-form-message-error", "cv-form-message-success");
        addClassName(variant);
        setText(text);
        setVisible(true);
    }
}
