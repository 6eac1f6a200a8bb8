package it.convergo.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.ValidationException;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormMessages;
import java.util.function.Consumer;

/** New password typed twice, with the rules shown; used by password reset and invitations. */
class SetPasswordForm extends VerticalLayout {

    private final FormMessages messages = new FormMessages();
    private final PasswordField password = Passwords.field(getTranslation("register.password"), true);
    private final PasswordField again = Passwords.field(getTranslation("register.passwordAgain"), false);
    private final Button save = new Button();

    SetPasswordForm(String submitKey, Consumer<String> onSubmit, Runnable onDone) {
        setPadding(false);
        FormBinder<NewPassword> binder = new FormBinder<>(NewPassword.class);
        binder.forField(password).withValidator(Passwords.strong(() -> null)).bind("password");
        binder.forField(again).withValidator(Passwords.repeats(password)).bind("again");
        save.setText(getTranslation(submitKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            messages.clear();
            try {
                onSubmit.accept(binder.writeRecord().password());
                onDone.run();
            } catch (ValidationException refused) {
                FormBinder.focusFirst(refused);
                save.setEnabled(true);
            } catch (UserFacingException refused) {
                // the server's own verdict (the link has expired, the password contains the address): try again here
                messages.error(refused);
                save.setEnabled(true);
            }
        });
        add(messages, password, again, save);
    }
}
