package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.convergo.account.AccountService;
import it.convergo.account.Organisation;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.base.ui.Notifications;
import java.util.Locale;

/** Invites a firm manager, evaluator or admin; the invitee receives a link to set a password. */
class InviteDialog extends Dialog {

    InviteDialog(AccountService accounts, Runnable onInvited) {
        setHeaderTitle(getTranslation("admin.invite.title"));
        EmailField email = new EmailField(getTranslation("register.email"));
        TextField name = new TextField(getTranslation("register.fullName"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.FIRM_MANAGER, Role.EVALUATOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.EVALUATOR);
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("admin.users.organisation"));
        organisation.setItems(query -> accounts.organisations(query.getFilter().orElse(""), null,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setHelperText(getTranslation("admin.invite.organisationHelp"));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("language.label"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Translations.ITALIAN);
        Paragraph error = new Paragraph();
        error.addClassName("cv-form-message-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(email, name, role, organisation, language);
        add(error, form);

        Button send = new Button(getTranslation("admin.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                accounts.invite(email.getValue(), name.getValue(), role.getValue(),
                        organisation.getValue() == null ? null : organisation.getValue().getId(), language.getValue());
                Notifications.success("admin.invite.sent", email.getValue());
                onInvited.run();
                close();
            } catch (UserFacingException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.params()));
                error.setVisible(true);
                send.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
