package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import it.convergo.base.ui.FormMessages;
import java.util.function.Consumer;

/** New password typed twice, with the rules shown; used by password reset and invitations. */
class SetPasswordForm extends VerticalLayout {

    SetPasswordForm(String submitKey, Consumer<String> onSubmit, Runnable onDone) {
        setPadding(false);
        FormMessages messages = new FormMessages();
        PasswordField password = Passwords.field(getTranslation("register.password"), true);
        PasswordField again = Passwords.field(getTranslation("register.passwordAgain"), false);
        FormBinder<NewPassword> binder = new FormBinder<>(NewPassword.class);
        binder.forField(password).withValidator(Passwords.strong(() -> null)).bind("password");
        binder.forField(again).withValidator(Passwords.repeats(password)).bind("again");
        Button save = new Button(getTranslation(submitKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the server judges again (the link may have expired, the password may contain the address)
        binder.submitWith(save, messages, chosen -> {
            onSubmit.accept(chosen.password());
            onDone.run();
        });
        add(messages, password, again, save);
    }
}
