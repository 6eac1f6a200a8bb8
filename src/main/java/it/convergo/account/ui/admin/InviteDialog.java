package it.convergo.account.ui.admin;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.convergo.account.AccountLimits;
import it.convergo.account.AccountService;
import it.convergo.account.Organisation;
import it.convergo.account.Role;
import it.convergo.base.i18n.Translations;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import java.util.Locale;

/** Invites a firm manager, evaluator or admin; the invitee receives a link to set a password. */
class InviteDialog extends Dialog {

    private final FormBinder<Invitation> binder = new FormBinder<>(Invitation.class);
    private final FormMessages messages = new FormMessages();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("admin.users.organisation"));

    InviteDialog(AccountService accounts, Runnable onInvited) {
        setHeaderTitle(getTranslation("admin.invite.title"));
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setMaxLength(AccountLimits.EMAIL);
        TextField name = CountedText.field(getTranslation("register.fullName"), AccountLimits.FULL_NAME);
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.FIRM_MANAGER, Role.EVALUATOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        organisation.setItems(query -> accounts.organisations(query.getFilter().orElse(""), null,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setHelperText(getTranslation("admin.invite.organisationHelp"));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("language.label"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        binder.forField(email).bind("email");
        binder.forField(name).bind("fullName");
        binder.forField(role).bind("role");
        Binder.Binding<Invitation, Organisation> firm = binder.forField(organisation).withValidator((org, context) ->
                FormBinder.problem(role.getValue() == Role.FIRM_MANAGER && org == null ? "invite.error.firmRequired" : null))
                .bind("organisation");
        binder.forField(language).bind("language");
        binder.readRecord(new Invitation("", "", Role.EVALUATOR, null, Translations.ITALIAN));
        role.addValueChangeListener(e -> {
            organisation.setRequiredIndicatorVisible(e.getValue() == Role.FIRM_MANAGER);
            if (organisation.isInvalid()) {
                firm.validate();
            }
        });
        add(messages, new FormLayout(email, name, role, organisation, language));

        Button send = new Button(getTranslation("admin.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.submitWith(send, messages, invitation -> {
            accounts.invite(invitation.email(), invitation.fullName(), invitation.role(),
                    invitation.organisation() == null ? null : invitation.organisation().getId(), invitation.language());
            Notifications.success("admin.invite.sent", invitation.email());
            onInvited.run();
            close();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), send);
    }
}
