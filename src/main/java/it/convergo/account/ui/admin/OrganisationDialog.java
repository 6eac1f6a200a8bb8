package it.convergo.account.ui.admin;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import it.convergo.account.AccountService;
import it.convergo.account.ui.OrganisationFields;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;

/** Registers an organisation (a lead firm, typically: applicants register their own). */
class OrganisationDialog extends Dialog {

    OrganisationDialog(AccountService accounts, Runnable onCreated) {
        setHeaderTitle(getTranslation("admin.organisations.create"));
        FormBinder<NewOrganisation> binder = new FormBinder<>(NewOrganisation.class);
        OrganisationFields fields = new OrganisationFields();
        fields.bind(binder);
        binder.readRecord(NewOrganisation.usual());
        FormMessages messages = new FormMessages();
        add(messages, fields);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.submitWith(save, messages, o -> {
            accounts.createOrganisation(o.organisationName(), o.organisationType(), o.country(), o.vatNumber(),
                    o.region(), o.size());
            Notifications.success("admin.organisations.created", o.organisationName());
            onCreated.run();
            close();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
    }
}
