package it.convergo.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import it.convergo.account.PasswordPolicy;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormMessages;
import java.util.function.Consumer;

/** New password typed twice, with the rules shown; used by password reset and invitations. */
class SetPasswordForm extends VerticalLayout {

    private final FormMessages messages = new FormMessages();
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Button save = new Button();

    SetPasswordForm(String submitKey, Consumer<String> onSubmit, Runnable onDone) {
        setPadding(false);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        again.setLabel(getTranslation("register.passwordAgain"));
        again.setWidthFull();
        save.setText(getTranslation(submitKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (!password.getValue().equals(again.getValue())) {
                    throw new UserFacingException("password.error.mismatch");
                }
                onSubmit.accept(password.getValue());
                onDone.run();
            } catch (UserFacingException ex) {
                messages.error(ex);
                save.setEnabled(true);
            }
        });
        add(messages, password, again, save);
    }
}
