package it.convergo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import it.convergo.base.UserFacingException;
import java.util.List;

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

    /** A summary line and the list of every problem, so a long form needs one round trip to fix. */
    public void errors(String summary, List<String> problems) {
        show(summary, "cv-form-message-error");
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        add(list);
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
