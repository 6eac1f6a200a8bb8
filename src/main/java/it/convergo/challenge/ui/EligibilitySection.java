package it.convergo.challenge.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.ui.MultiSelect;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.IpTerms;
import java.util.HashSet;

/**
 * Who may apply (organisation types, countries, regions, size, consortia), the rewards, IP terms, the NDA and how
 * long the proposals not selected are kept.
 */
class EligibilitySection extends VerticalLayout {

    private final RewardsEditor rewards;

    EligibilitySection(EditorForm form, int step) {
        setPadding(false);
        CheckboxGroup<OrganisationType> types = new CheckboxGroup<>(getTranslation("challenge.editor.orgTypes"));
        types.setItems(OrganisationType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        types.setHelperText(getTranslation("challenge.editor.emptyMeansAll"));
        form.binder.forField(types).bind(ChallengeDraft::getEligibleTypes, (d, v) -> d.setEligibleTypes(new HashSet<>(v)));
        TextField countries = new TextField(getTranslation("challenge.editor.countries"));
        countries.setHelperText(getTranslation("challenge.editor.countries.help"));
        countries.setWidthFull();
        form.binder.forField(countries).bind(ChallengeDraft::getEligibleCountries, ChallengeDraft::setEligibleCountries);
        MultiSelectComboBox<Region> regions = new MultiSelect<>(getTranslation("challenge.editor.regions"));
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        regions.setHelperText(getTranslation("challenge.editor.emptyMeansAll"));
        form.binder.forField(regions).bind(ChallengeDraft::getEligibleRegions, (d, v) -> d.setEligibleRegions(new HashSet<>(v)));
        Select<OrganisationSize> maxSize = new Select<>();
        maxSize.setLabel(getTranslation("challenge.editor.maxSize"));
        maxSize.setItems(OrganisationSize.values());
        maxSize.setEmptySelectionAllowed(true);
        maxSize.setEmptySelectionCaption(getTranslation("challenge.editor.anySize"));
        maxSize.setItemLabelGenerator(s -> s == null ? getTranslation("challenge.editor.anySize") : getTranslation(s.labelKey()));
        form.binder.forField(maxSize).bind(ChallengeDraft::getMaxSize, ChallengeDraft::setMaxSize);
        Checkbox consortia = new Checkbox(getTranslation("challenge.editor.consortia"));
        form.binder.forField(consortia).bind(ChallengeDraft::isConsortiaAllowed, ChallengeDraft::setConsortiaAllowed);

        rewards = new RewardsEditor(form.draft.getRewards());
        Select<IpTerms> ip = new Select<>();
        ip.setLabel(getTranslation("challenge.editor.ip"));
        ip.setItems(IpTerms.values());
        ip.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        form.binder.forField(ip).bind(ChallengeDraft::getIpTerms, ChallengeDraft::setIpTerms);
        Checkbox nda = new Checkbox(getTranslation("challenge.editor.nda"));
        form.binder.forField(nda).bind(ChallengeDraft::isNdaRequired, ChallengeDraft::setNdaRequired);
        TextArea ndaText = CountedText.area(getTranslation("challenge.editor.ndaText"), ChallengeLimits.NDA);
        form.binder.forField(ndaText).bind("ndaText");
        // until the firm types, the help says which version of the agreement applicants accepted
        ndaText.setHelperText(getTranslation("challenge.editor.ndaText.help", form.stored.ndaVersion()));
        form.errorsOn(step, countries, "challenge.error.countries");
        form.errorsOn(step, ndaText, "challenge.error.tooLong.nda", "challenge.missing.nda");
        IntegerField retention = new IntegerField(getTranslation("challenge.editor.retention"));
        retention.setId("retention-months");
        retention.setMin(ChallengeLimits.RETENTION_MIN_MONTHS);
        retention.setMax(ChallengeLimits.RETENTION_MAX_MONTHS);
        retention.setStepButtonsVisible(true);
        retention.setHelperText(getTranslation("challenge.editor.retention.help", ChallengeLimits.RETENTION_MIN_MONTHS,
                ChallengeLimits.RETENTION_MAX_MONTHS));
        form.binder.forField(retention).bind(ChallengeDraft::getRetentionMonths, ChallengeDraft::setRetentionMonths);
        form.errorsOn(step, retention, "challenge.error.retention");
        IntegerField appealDays = new IntegerField(getTranslation("challenge.editor.appealDays"));
        appealDays.setId("appeal-days");
        appealDays.setMin(ChallengeLimits.APPEAL_MIN_DAYS);
        appealDays.setMax(ChallengeLimits.APPEAL_MAX_DAYS);
        appealDays.setStepButtonsVisible(true);
        appealDays.setHelperText(getTranslation("challenge.editor.appealDays.help", ChallengeLimits.APPEAL_MAX_DAYS));
        // an emptied field means "no appeals", not an error
        form.binder.forField(appealDays).withNullRepresentation(0)
                .bind(ChallengeDraft::getAppealDays, ChallengeDraft::setAppealDays);
        form.errorsOn(step, appealDays, "challenge.error.appealDays");
        add(types, countries, regions, maxSize, consortia, new H3(getTranslation("challenge.editor.rewards")), rewards,
                ip, nda, ndaText, retention, appealDays);
    }

    /** What the binder does not carry: the reward rows. */
    void writeTo(ChallengeDraft draft) {
        draft.setRewards(rewards.value());
    }
}
