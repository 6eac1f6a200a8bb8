package it.convergo.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountLimits;
import it.convergo.account.AccountService;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.PasswordPolicy;
import it.convergo.account.Region;
import it.convergo.account.VatNumbers;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormMessages;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Applicants register themselves and their organisation; the account opens after e-mail confirmation. */
@Route("register")
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    private final FormBinder<RegistrationInput> binder = new FormBinder<>(RegistrationInput.class);
    private final FormMessages messages = new FormMessages();
    private final EmailField email = new EmailField();
    private final TextField fullName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField vatNumber = new TextField();
    private final Paragraph vatHint = new Paragraph();
    private final TextField organisationName = new TextField();
    private final Select<OrganisationType> organisationType = new Select<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final Select<OrganisationSize> size = new Select<>();
    private final Checkbox privacy = new Checkbox();
    private final Button register = new Button();
    private final Div card = new Div();
    /** The organisation's own fields count only for a new organisation; the region only for an Italian one. */
    private final List<Binder.Binding<RegistrationInput, ?>> newOrganisationOnly;
    private final Binder.Binding<RegistrationInput, ?> regionBinding;

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        card.addClassNames("cv-card", "cv-form-card");
        card.add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), messages);
        configurePerson();
        configureOrganisation();
        binder.forField(email).bind("email");
        binder.forField(fullName).bind("fullName");
        binder.forField(password).withValidator((value, context) ->
                FormBinder.problem(PasswordPolicy.problem(value, email.getValue()), AccountLimits.PASSWORD_MIN)).bind("password");
        binder.forField(passwordAgain).withValidator((value, context) ->
                FormBinder.problem(value.equals(password.getValue()) ? null : "password.error.mismatch")).bind("passwordAgain");
        binder.forField(country).bind("country");
        binder.forField(vatNumber).withValidator((value, context) ->
                FormBinder.problem(country.isEmpty() ? null : VatNumbers.problem(country.getValue(), value))).bind("vatNumber");
        newOrganisationOnly = List.of(binder.forField(organisationName).bind("organisationName"),
                binder.forField(organisationType).bind("organisationType"));
        regionBinding = binder.forField(region).bind("region");
        binder.forField(size).bind("size");
        binder.forField(privacy).bind("privacy");
        card.add(new H3(getTranslation("register.section.person")), form(email, fullName, password, passwordAgain),
                new H3(getTranslation("register.section.organisation")), organisationForm(), privacy, register,
                new Paragraph(new Anchor("login", getTranslation("register.haveAccount"))));
        add(card);
    }

    private void configurePerson() {
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(AccountLimits.EMAIL);
        fullName.setLabel(getTranslation("register.fullName"));
        CountedText.count(fullName, AccountLimits.FULL_NAME);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        password.setRequiredIndicatorVisible(true);
        passwordAgain.setLabel(getTranslation("register.passwordAgain"));
        passwordAgain.setRequiredIndicatorVisible(true);
        privacy.setLabel(getTranslation("register.privacy"));
        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setDisableOnClick(true);
        register.addClickListener(e -> submit());
    }

    private void configureOrganisation() {
        country.setLabel(getTranslation("register.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList());
        country.setItemLabelGenerator(this::countryName);
        country.setValue("IT");
        country.addValueChangeListener(e -> refreshOrganisation());
        vatNumber.setLabel(getTranslation("register.vat"));
        vatNumber.setHelperText(getTranslation("register.vat.itHelp"));
        vatNumber.setValueChangeMode(ValueChangeMode.LAZY);
        vatNumber.addValueChangeListener(e -> refreshOrganisation());
        vatHint.addClassName("cv-hint");
        vatHint.setVisible(false);
        organisationName.setLabel(getTranslation("register.organisationName"));
        CountedText.count(organisationName, AccountLimits.ORGANISATION_NAME);
        organisationType.setLabel(getTranslation("register.organisationType"));
        organisationType.setItems(OrganisationType.values());
        organisationType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        region.setLabel(getTranslation("register.region"));
        region.setItems(Arrays.stream(Region.values()).filter(r -> r != Region.ABROAD).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        size.setLabel(getTranslation("register.size"));
        size.setItems(OrganisationSize.values());
        size.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    }

    private FormLayout organisationForm() {
        FormLayout form = form(country, vatNumber, vatHint, organisationName, organisationType, region, size);
        form.setColspan(vatHint, 2);
        return form;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        return form;
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    /**
     * Tells early that the organisation already exists, so the applicant knows they will join it and need not
     * describe it; asks for a region only for Italian organisations.
     */
    private void refreshOrganisation() {
        boolean italian = "IT".equals(country.getValue());
        vatNumber.setHelperText(getTranslation(italian ? "register.vat.itHelp" : "register.vat.foreignHelp"));
        var existing = accounts.registeredOrganisationName(country.getValue(), vatNumber.getValue());
        boolean joining = existing.isPresent();
        vatHint.setVisible(joining);
        existing.ifPresent(name -> vatHint.setText(getTranslation("register.vat.existing", name)));
        region.setVisible(italian);
        for (HasEnabled field : List.<HasEnabled>of(organisationName, organisationType, region, size)) {
            field.setEnabled(!joining);
        }
        for (var binding : newOrganisationOnly) {
            require(binding, !joining);
        }
        require(regionBinding, italian && !joining);
    }

    private static void require(Binder.Binding<RegistrationInput, ?> binding, boolean required) {
        binding.setValidatorsDisabled(!required);
        binding.getField().setRequiredIndicatorVisible(required);
        if (!required) {
            binding.validate();
        }
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
                mark(vatNumber, text);
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
