package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountLimits;
import it.convergo.account.AccountService;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormMessages;
import java.util.List;

/** Applicants register themselves and their organisation; the account opens after e-mail confirmation. */
@Route("register")
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    private final FormBinder<RegistrationInput> binder = new FormBinder<>(RegistrationInput.class);
    private final FormMessages messages = new FormMessages();
    private final EmailField email = new EmailField(getTranslation("register.email"));
    private final TextField fullName = CountedText.field(getTranslation("register.fullName"), AccountLimits.FULL_NAME);
    private final PasswordField password = Passwords.field(getTranslation("register.password"), true);
    private final PasswordField passwordAgain = Passwords.field(getTranslation("register.passwordAgain"), false);
    private final OrganisationFields organisation = new OrganisationFields();
    private final Checkbox privacy = new Checkbox(getTranslation("register.privacy"));
    // separate from the terms and unchecked: consent to optional mails is never a condition of registering
    private final Checkbox marketing = new Checkbox(getTranslation("consent.text.MARKETING_EMAILS"));
    private final Button register = new Button(getTranslation("register.submit"));
    private final Div card = new Div();

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        email.setMaxLength(AccountLimits.EMAIL);
        binder.forField(email).bind("email");
        binder.forField(fullName).bind("fullName");
        binder.forField(password).withValidator(Passwords.strong(email::getValue)).bind("password");
        binder.forField(passwordAgain).withValidator(Passwords.repeats(password)).bind("passwordAgain");
        organisation.bind(binder);
        binder.forField(privacy).bind("privacy");
        marketing.setId("register-marketing");
        binder.forField(marketing).bind("marketingEmails");
        organisation.showJoining(accounts);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setDisableOnClick(true);
        register.addClickListener(e -> submit());
        FormLayout person = new FormLayout(email, fullName, password, passwordAgain);
        person.setResponsiveSteps(organisation.getResponsiveSteps());
        card.addClassNames("cv-card", "cv-form-card");
        card.add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), messages,
                new H3(getTranslation("register.section.person")), person,
                new H3(getTranslation("register.section.organisation")), organisation, privacy, marketing, register,
                new Paragraph(new Anchor("login", getTranslation("register.haveAccount"))));
        add(card);
    }


    /**
     * Checks the whole form before calling the server and marks every invalid field at once, with a summary on
     * top; the server repeats the same checks and adds those that need the database.
     */
    private void submit() {
        messages.clear();
        try {
            RegistrationInput input = binder.writeRecord();
            accounts.register(input.toForm(getLocale().getLanguage()));
            card.removeAll();
            card.add(new H1(getTranslation("register.done.title")),
                    new Paragraph(getTranslation("register.done.text", input.email().trim())),
                    new Anchor("login", getTranslation("register.done.login")));
        } catch (ValidationException refused) {
            report(FormBinder.problems(refused));
            FormBinder.focusFirst(refused);
        } catch (UserFacingException e) {
            // what only the database knows: the address or the VAT number is taken
            String text = getTranslation(e.messageKey(), e.params());
            if (e.messageKey().startsWith("register.error.email")) {
                mark(email, text);
            } else if (e.messageKey().contains("vat")) {
                mark(organisation.vatNumber, text);
            }
            report(List.of(text));
        }
    }

    private static <F extends HasValidation & Focusable<?>> void mark(F field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        field.focus();
    }

    private void report(List<String> problems) {
        messages.errors(getTranslation("register.error.summary", problems.size()), problems);
        register.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Convergo";
    }
}
