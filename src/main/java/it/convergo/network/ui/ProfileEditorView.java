package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Region;
import it.convergo.account.Role;
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.Sector;
import it.convergo.network.Completeness;
import it.convergo.network.FieldVisibility;
import it.convergo.network.MyProfile;
import it.convergo.network.NetworkLimits;
import it.convergo.network.ProfileField;
import it.convergo.network.ProfileForm;
import it.convergo.network.ProfileLogos;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * My organisation's profile in the network: every field with who may see it beside it, how complete the profile
 * is and what is still missing, whether it is listed in the directory, and its logo. Any member of the
 * organisation edits.
 */
@Route("network/profile")
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME})
class ProfileEditorView extends VerticalLayout implements HasDynamicTitle {

    private final MyProfile service;
    private final @Nullable ProfileForm form;
    private final FormBinder<ProfileForm> binder = new FormBinder<>(ProfileForm.class);
    private final Map<ProfileField, Select<FieldVisibility>> visibility = new EnumMap<>(ProfileField.class);
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span percent = new Span();
    private final Paragraph missing = new Paragraph();
    private final FormMessages messages = new FormMessages();

    ProfileEditorView(MyProfile service, ProfileLogos logos) {
        this.service = service;
        addClassName("cv-page-narrow");
        add(new Anchor("network", getTranslation("network.profile.back")), new H1(getTranslation("network.editor.title")));
        AccountPrincipal me = CurrentUser.get().orElse(null);
        if (me == null || me.organisationId() == null) {
            this.form = null;
            Paragraph none = new Paragraph(getTranslation("network.error.noOrganisation"));
            none.setId("profile-no-organisation");
            add(none);
            return;
        }
        this.form = service.load();
        add(new Paragraph(getTranslation("network.editor.lead")));
        progress.setId("profile-completeness");
        progress.getElement().setAttribute("aria-label", getTranslation("network.editor.completeness"));
        percent.setId("profile-completeness-text");
        missing.setId("profile-missing");
        Div completeness = new Div(percent, progress, missing);
        completeness.addClassName("cv-card");

        Checkbox listed = new Checkbox(getTranslation("network.editor.listed"));
        listed.setId("profile-listed");
        binder.forField(listed).bind("listed");
        var descriptionIt = CountedText.area(getTranslation("network.editor.descriptionIt"), NetworkLimits.DESCRIPTION);
        descriptionIt.setId("profile-description-it");
        binder.forField(descriptionIt).bind("descriptionIt");
        var descriptionEn = CountedText.area(getTranslation("network.editor.descriptionEn"), NetworkLimits.DESCRIPTION);
        descriptionEn.setId("profile-description-en");
        binder.forField(descriptionEn).bind("descriptionEn");
        CheckboxGroup<TechnologyArea> areas = new CheckboxGroup<>(getTranslation("network.field.AREAS"));
        areas.setItems(TechnologyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        areas.addClassName("cv-columns");
        binder.forField(areas).bind("areas");
        CheckboxGroup<Sector> sectors = new CheckboxGroup<>(getTranslation("network.field.SECTORS"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sectors.addClassName("cv-columns");
        binder.forField(sectors).bind("sectors");
        IntegerField trl = new IntegerField(getTranslation("network.field.TRL"));
        trl.setId("profile-trl");
        trl.setMin(1);
        trl.setMax(9);
        trl.setHelperText(getTranslation("network.editor.trlHelp"));
        binder.forField(trl).bind("trl");
        var capabilities = CountedText.area(getTranslation("network.field.CAPABILITIES"), NetworkLimits.CAPABILITIES);
        capabilities.setId("profile-capabilities");
        capabilities.setHelperText(getTranslation("network.editor.capabilitiesHelp"));
        binder.forField(capabilities).bind("capabilities");
        var references = CountedText.area(getTranslation("network.field.REFERENCES"), NetworkLimits.REFERENCES);
        binder.forField(references).bind("references");
        IntegerField team = new IntegerField(getTranslation("network.field.TEAM_SIZE"));
        team.setId("profile-team");
        binder.forField(team).bind("teamSize");
        ComboBox<Region> region = new ComboBox<>(getTranslation("network.field.REGION"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        binder.forField(region).bind("region");
        var certifications = CountedText.field(getTranslation("network.field.CERTIFICATIONS"), NetworkLimits.CERTIFICATIONS);
        binder.forField(certifications).bind("certifications");
        var links = CountedText.area(getTranslation("network.field.LINKS"), NetworkLimits.LINKS);
        binder.forField(links).bind("links");
        Checkbox partnering = new Checkbox(getTranslation("network.editor.partnering"));
        binder.forField(partnering).bind("openToPartnering");
        var facilities = CountedText.area(getTranslation("network.field.FACILITIES"), NetworkLimits.FACILITIES);
        facilities.setHelperText(getTranslation("network.editor.facilitiesHelp"));
        binder.forField(facilities).bind("facilities");

        binder.readBean(form);
        add(completeness, messages, listed,
                row(ProfileField.DESCRIPTION, descriptionIt, descriptionEn), row(ProfileField.AREAS, areas),
                row(ProfileField.SECTORS, sectors), row(ProfileField.TRL, trl),
                row(ProfileField.CAPABILITIES, capabilities), row(ProfileField.REFERENCES, references),
                row(ProfileField.TEAM_SIZE, team), row(ProfileField.REGION, region),
                row(ProfileField.CERTIFICATIONS, certifications), row(ProfileField.LINKS, links),
                row(ProfileField.PARTNERING, partnering), row(ProfileField.FACILITIES, facilities));
        Button save = new Button(getTranslation("network.editor.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, new LogoSection(logos, me.organisationId(), me.organisationName()));
        binder.addValueChangeListener(e -> showCompleteness());
        showCompleteness();
    }

    /** The field(s) and, beside them, who may see them. */
    private Component row(ProfileField field, Component... fields) {
        ProfileForm form = java.util.Objects.requireNonNull(this.form);
        Select<FieldVisibility> who = new Select<>();
        who.setId("visibility-" + field.name());
        who.setLabel(getTranslation("network.editor.whoSees"));
        who.setItems(FieldVisibility.values());
        who.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        who.setValue(form.visibility(field));
        visibility.put(field, who);
        VerticalLayout inputs = new VerticalLayout(fields);
        inputs.setPadding(false);
        for (Component c : fields) {
            if (c instanceof com.vaadin.flow.component.HasSize sized) {
                sized.setWidthFull();
            }
        }
        FlexLayout row = new FlexLayout(inputs, who);
        row.addClassName("cv-network-field");
        row.setFlexGrow(1, inputs);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.END);
        row.setWidthFull();
        return row;
    }

    private void showCompleteness() {
        ProfileForm draft = new ProfileForm();
        binder.writeBeanAsDraft(draft, true);
        Completeness c = service.completeness(draft);
        progress.setValue(c.percent());
        percent.setText(getTranslation("network.editor.completeness.percent", c.percent()));
        missing.setText(c.missing().isEmpty() ? getTranslation("network.editor.completeness.done")
                : getTranslation("network.editor.completeness.missing", c.missing().stream()
                .map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", "))));
    }

    private void save() {
        ProfileForm form = java.util.Objects.requireNonNull(this.form);
        messages.clear();
        try {
            binder.writeBean(form);
        } catch (ValidationException refused) {
            FormBinder.focusFirst(refused);
            return;
        }
        visibility.forEach((field, who) -> form.setVisibility(field, who.getValue()));
        service.save(form);
        Notifications.success(form.isListed() ? "network.editor.savedListed" : "network.editor.savedUnlisted");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.editor.title") + " · Convergo";
    }
}
