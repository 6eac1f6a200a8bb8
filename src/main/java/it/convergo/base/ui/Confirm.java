package it.convergo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Confirm-then-act, the one way the portal asks "are you sure?": a translated heading and text, a cancel
 * button, and a confirm button named after the action. What the action throws goes to the global error
 * handler, which shows it as a translated message; callers do not catch it again.
 */
public final class Confirm {

    private final ConfirmDialog dialog = new ConfirmDialog();

    private Confirm(String headerKey, String text) {
        UI ui = UI.getCurrent();
        dialog.setHeader(ui.getTranslation(headerKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation(headerKey));
    }

    /** A dialog whose heading and confirm button read {@code actionKey}; the text is already translated. */
    public static Confirm of(String actionKey, String text) {
        return new Confirm(actionKey, text);
    }

    /** For actions that destroy or cannot be undone: the confirm button is red. */
    public Confirm dangerous() {
        dialog.setConfirmButtonTheme("error primary");
        return this;
    }

    /** A confirm button text other than the heading. */
    public Confirm confirmText(String key) {
        dialog.setConfirmText(UI.getCurrent().getTranslation(key));
        return this;
    }

    /** Opens the dialog; {@code action} runs once, on confirm. */
    public ConfirmDialog then(Runnable action) {
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
        return dialog;
    }
}
