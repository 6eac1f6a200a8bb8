package it.convergo.account.ui;

import com.vaadin.flow.component.Focusable;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountService;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.PasswordPolicy;
import it.convergo.account.RegistrationForm;
import it.convergo.account.Region;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormMessages;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Applicants register themselves and their organisation; the account opens after e-mail confirmation. */
@Route("register")
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

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

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        card.addClassNames("cv-card", "cv-form-card");
        card.add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), messages);
        configureFields();
        card.add(new H3(getTranslation("register.section.person")), personForm(),
                new H3(getTranslation("register.section.organisation")), organisationForm(), privacy, register,
                new Paragraph(new Anchor("login", getTranslation("register.haveAccount"))));
        add(card);
    }

    private void configureFields() {
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("register.error.email"));
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(150);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        passwordAgain.setLabel(getTranslation("register.passwordAgain"));
        passwordAgain.setRequiredIndicatorVisible(true);

        country.setLabel(getTranslation("register.country"));
        List<String> codes = Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList();
        country.setItems(codes);
        country.setItemLabelGenerator(this::countryName);
        country.setValue("IT");
        country.addValueChangeListener(e -> {
            boolean italian = "IT".equals(e.getValue());
            region.setVisible(italian);
            vatNumber.setHelperText(getTranslation(italian ? "register.vat.itHelp" : "register.vat.foreignHelp"));
            refreshVatHint();
        });
        vatNumber.setLabel(getTranslation("register.vat"));
        vatNumber.setHelperText(getTranslation("register.vat.itHelp"));
        vatNumber.setRequiredIndicatorVisible(true);
        vatNumber.setValueChangeMode(ValueChangeMode.LAZY);
        vatNumber.addValueChangeListener(e -> refreshVatHint());
        vatHint.addClassName("cv-hint");
        vatHint.setVisible(false);
        organisationName.setLabel(getTranslation("register.organisationName"));
        organisationName.setMaxLength(200);
        organisationName.setRequiredIndicatorVisible(true);
        organisationType.setRequiredIndicatorVisible(true);
        region.setRequiredIndicatorVisible(true);
        country.setRequiredIndicatorVisible(true);
        organisationType.setLabel(getTranslation("register.organisationType"));
        organisationType.setItems(OrganisationType.values());
        organisationType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        region.setLabel(getTranslation("register.region"));
        region.setItems(Arrays.stream(Region.values()).filter(r -> r != Region.ABROAD).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        size.setLabel(getTranslation("register.size"));
        size.setItems(OrganisationSize.values());
        size.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        privacy.setLabel(getTranslation("register.privacy"));
        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setDisableOnClick(true);
        register.addClickListener(e -> submit());
    }

    private FormLayout personForm() {
        FormLayout form = new FormLayout(email, fullName, password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        return form;
    }

    private FormLayout organisationForm() {
        FormLayout form = new FormLayout(country, vatNumber, vatHint, organisationName, organisationType, region, size);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(vatHint, 2);
        return form;
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    /** Tells early that the organisation already exists, so the applicant knows they will join it. */
    private void refreshVatHint() {
        var existing = accounts.registeredOrganisationName(country.getValue(), vatNumber.getValue());
        vatHint.setVisible(existing.isPresent());
        existing.ifPresent(name -> vatHint.setText(getTranslation("register.vat.existing", name)));
        organisationName.setEnabled(existing.isEmpty());
        organisationName.setRequiredIndicatorVisible(existing.isEmpty());
        organisationType.setRequiredIndicatorVisible(existing.isEmpty());
        region.setRequiredIndicatorVisible(existing.isEmpty());
        organisationType.setEnabled(existing.isEmpty());
        size.setEnabled(existing.isEmpty());
        region.setEnabled(existing.isEmpty());
    }

    /**
     * Checks the whole form before calling the server and marks every invalid field at once, with a
     * summary on top; the server repeats the same checks and adds those that need the database.
     */
    private void submit() {
        messages.clear();
        clearFieldErrors();
        RegistrationForm form = new RegistrationForm(email.getValue(), fullName.getValue(), password.getValue(),
                organisationName.getValue(), organisationType.getValue(), country.getValue(),
                vatNumber.getValue(), region.getValue(), size.getValue(), getLocale().getLanguage());
        Map<String, String> problems = new LinkedHashMap<>(form.problems(organisationName.isEnabled()));
        if (!password.getValue().equals(passwordAgain.getValue())) {
            problems.put("passwordAgain", "password.error.mismatch");
        }
        privacy.getElement().setAttribute("invalid", !privacy.getValue());
        if (!privacy.getValue()) {
            problems.put("privacy", "register.error.privacy");
        }
        if (!problems.isEmpty()) {
            report(problems);
            return;
        }
        try {
            accounts.register(form);
            card.removeAll();
            card.add(new H1(getTranslation("register.done.title")),
                    new Paragraph(getTranslation("register.done.text", email.getValue().trim())),
                    new Anchor("login", getTranslation("register.done.login")));
        } catch (UserFacingException e) {
            String key = e.messageKey();
            report(Map.of(key.startsWith("register.error.email") ? "email" : key.contains("vat") ? "vatNumber" : "",
                    key));
        }
    }

    /** Marks each field with its message, lists them all in the summary and moves focus to the first. */
    private void report(Map<String, String> problems) {
        List<String> texts = problems.values().stream()
                .map(key -> getTranslation(key, PasswordPolicy.MIN_LENGTH)).toList();
        messages.errors(getTranslation("register.error.summary", problems.size()), texts);
        Focusable<?> first = null;
        for (var problem : problems.entrySet()) {
            HasValidation f = field(problem.getKey());
            if (f != null) {
                f.setErrorMessage(getTranslation(problem.getValue(), PasswordPolicy.MIN_LENGTH));
                f.setInvalid(true);
                if (first == null && f instanceof Focusable<?> focusable) {
                    first = focusable;
                }
            }
        }
        if (first != null) {
            first.focus();
        }
        register.setEnabled(true);
    }

    private void clearFieldErrors() {
        for (HasValidation f : List.<HasValidation>of(email, fullName, password, passwordAgain, vatNumber,
                organisationName, organisationType, region, country)) {
            f.setInvalid(false);
        }
    }

    private HasValidation field(String name) {
        return switch (name) {
            case "email" -> email;
            case "fullName" -> fullName;
            case "password" -> password;
            case "passwordAgain" -> passwordAgain;
            case "vatNumber" -> vatNumber;
            case "organisationName" -> organisationName;
            case "organisationType" -> organisationType;
            case "region" -> region;
            case "country" -> country;
            default -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Convergo";
    }
}
