package it.convergo.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.OrganisationCompletion;
import it.convergo.account.Role;
import it.convergo.account.security.SessionPrincipal;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.ui.FormMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Where an applicant made by single sign-on names their organisation (the provider knows the person only); every
 * sign-in through a provider lands here until they have. The fields and checks are the registration's.
 */
@Route("complete-organisation")
@RolesAllowed(Role.APPLICANT_NAME)
public class CompleteOrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationCompletion completion;
    private final FormBinder<OrganisationInput> binder = new FormBinder<>(OrganisationInput.class);
    private final FormMessages messages = new FormMessages();
    private final OrganisationFields organisation = new OrganisationFields();
    private final Button save = new Button(getTranslation("organisation.complete.submit"));
    private final Div card = new Div();

    CompleteOrganisationView(OrganisationCompletion completion, AccountService accounts) {
        this.completion = completion;
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        card.addClassNames("cv-card", "cv-form-card");
        add(card);
        if (!OrganisationCompletion.isDue(CurrentUser.require())) {
            card.add(new H1(getTranslation("organisation.complete.title")),
                    new Paragraph(getTranslation("organisation.complete.already")),
                    new Anchor("challenges", getTranslation("organisation.complete.challenges")));
            return;
        }
        organisation.bind(binder);
        organisation.showJoining(accounts);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> submit());
        card.add(new H1(getTranslation("organisation.complete.title")),
                new Paragraph(getTranslation("organisation.complete.intro")), messages, organisation, save);
    }


    private void submit() {
        messages.clear();
        try {
            OrganisationInput input = binder.writeRecord();
            var principal = completion.complete(input.toForm());
            SessionPrincipal.replace(principal);
            card.removeAll();
            card.add(new H1(getTranslation("organisation.complete.title")),
                    new Paragraph(getTranslation("organisation.complete.done", principal.organisationName())),
                    new Anchor("challenges", getTranslation("organisation.complete.challenges")));
        } catch (ValidationException refused) {
            report(FormBinder.problems(refused));
            FormBinder.focusFirst(refused);
        } catch (UserFacingException e) {
            String text = getTranslation(e.messageKey(), e.params());
            if (e.messageKey().contains("vat")) {
                organisation.vatNumber.setErrorMessage(text);
                organisation.vatNumber.setInvalid(true);
            }
            report(List.of(text));
        }
    }

    private void report(List<String> problems) {
        messages.errors(getTranslation("register.error.summary", problems.size()), problems);
        save.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.complete.title") + " · Convergo";
    }
}
