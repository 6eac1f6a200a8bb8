package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import it.convergo.account.AccountLimits;
import it.convergo.account.AccountService;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.VatNumbers;
import it.convergo.base.ui.CountedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fields that describe an organisation, in two columns: country (by name, in the reader's language), VAT
 * number (checked by the rules of that country), name, type, region (Italy only) and size. The registration page
 * and the admin's "new organisation" both use it; {@link #bind} binds the fields by name to the form record, whose
 * properties are called {@code country}, {@code vatNumber}, {@code organisationName}, {@code organisationType},
 * {@code region} and {@code size}.
 */
public class OrganisationFields extends FormLayout {

    final ComboBox<String> country = new ComboBox<>();
    final TextField vatNumber = new TextField();
    final TextField name = new TextField();
    final Select<OrganisationType> type = new Select<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Select<OrganisationSize> size = new Select<>();
    /** The checks of the organisation's own fields, off when it is already registered. */
    private final List<Check> own = new ArrayList<>();
    private @Nullable Check regionCheck;
    private boolean described = true;

    public OrganisationFields() {
        country.setLabel(getTranslation("register.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList());
        country.setItemLabelGenerator(this::countryName);
        country.setValue("IT");
        country.addValueChangeListener(e -> refresh());
        vatNumber.setLabel(getTranslation("register.vat"));
        vatNumber.setHelperText(getTranslation("register.vat.itHelp"));
        vatNumber.setValueChangeMode(ValueChangeMode.LAZY);
        name.setLabel(getTranslation("register.organisationName"));
        CountedText.count(name, AccountLimits.ORGANISATION_NAME);
        type.setLabel(getTranslation("register.organisationType"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        region.setLabel(getTranslation("register.region"));
        region.setItems(Arrays.stream(Region.values()).filter(r -> r != Region.ABROAD).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        size.setLabel(getTranslation("register.size"));
        size.setItems(OrganisationSize.values());
        size.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        add(country, vatNumber, name, type, region, size);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));
    }

    /** Binds every field to the property of the same meaning; the VAT number is read by the country's rules. */
    public <B> void bind(FormBinder<B> binder) {
        binder.forField(country).bind("country");
        binder.forField(vatNumber).withValidator((value, context) ->
                FormBinder.problem(country.isEmpty() ? null : VatNumbers.problem(country.getValue(), value))).bind("vatNumber");
        own.add(Check.of(binder.forField(name).bind("organisationName")));
        own.add(Check.of(binder.forField(type).bind("organisationType")));
        own.add(Check.of(binder.forField(size).bind("size")));
        regionCheck = Check.of(binder.forField(region).bind("region"));
        refresh();
    }

    /**
     * Whether the organisation's own fields are asked for: not when the applicant joins one already registered
     * with the VAT number. The fields are then locked and their checks off.
     */
    /**
     * Tells early, below the VAT number, that the organisation already exists, so the person knows they will
     * join it and need not describe it. Call once, after the fields are bound.
     */
    void showJoining(AccountService accounts) {
        Paragraph joining = new Paragraph();
        joining.addClassName("cv-hint");
        joining.setVisible(false);
        addComponentAtIndex(2, joining);
        setColspan(joining, 2);
        Runnable check = () -> {
            var existing = accounts.registeredOrganisationName(country.getValue(), vatNumber.getValue());
            joining.setVisible(existing.isPresent());
            existing.ifPresent(found -> joining.setText(getTranslation("register.vat.existing", found)));
            describe(existing.isEmpty());
        };
        country.addValueChangeListener(e -> check.run());
        vatNumber.addValueChangeListener(e -> check.run());
    }

    void describe(boolean asked) {
        described = asked;
        refresh();
    }

    private void refresh() {
        boolean italian = "IT".equals(country.getValue());
        vatNumber.setHelperText(getTranslation(italian ? "register.vat.itHelp" : "register.vat.foreignHelp"));
        region.setVisible(italian);
        for (HasEnabled field : List.<HasEnabled>of(name, type, region, size)) {
            field.setEnabled(described);
        }
        own.forEach(c -> c.on(described));
        if (regionCheck != null) {
            regionCheck.on(described && italian);
        }
    }

    /** A field's checks, which can be switched off; the required mark follows them, as the constraint set it. */
    private record Check(Binder.Binding<?, ?> binding, boolean required) {

        static Check of(Binder.Binding<?, ?> binding) {
            return new Check(binding, binding.getField().isRequiredIndicatorVisible());
        }

        void on(boolean on) {
            binding.setValidatorsDisabled(!on);
            binding.getField().setRequiredIndicatorVisible(on && required);
            if (!on && binding.getField() instanceof HasValidation field) {
                field.setInvalid(false);
            }
        }
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }
}
