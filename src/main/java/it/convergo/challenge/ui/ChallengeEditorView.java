package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.Role;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFiles;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.IpTerms;
import it.convergo.challenge.Markdown;
import it.convergo.challenge.OrganisationChoice;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.challenge.RewardDef;
import it.convergo.challenge.RewardType;
import it.convergo.challenge.Sector;
import it.convergo.challenge.Visibility;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The firm's challenge editor, in steps: basics, eligibility and rewards, access and dates, evaluation,
 * application form, publication. Limits show while typing; refusals appear at the top and next to fields.
 */
@Route("my-challenges/:id/edit")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
public class ChallengeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChallengeEditor service;
    private final Challenges challenges;
    private final ChallengeFiles files;
    private final ChallengePublishing publishing;
    private final Clock clock;
    private final Binder<ChallengeDraft> binder = new Binder<>();
    private final FormMessages messages = new FormMessages();
    private final Span saved = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final UnorderedList checklist = new UnorderedList();
    private final VerticalLayout criteriaRows = new VerticalLayout();
    private final VerticalLayout questionRows = new VerticalLayout();
    private final VerticalLayout rewardRows = new VerticalLayout();
    private final MultiSelectComboBox<OrganisationChoice> invited = new MultiSelectComboBox<>();
    private final Span briefInfo = new Span();
    private final Span coverInfo = new Span();
    /** Which field a refusal of the service belongs to, and on which step that field is. */
    private final Map<String, HasValidation> fieldOf = new HashMap<>();
    private final Map<HasValidation, Integer> stepOf = new HashMap<>();
    private TabSheet steps;
    private ChallengeDraft draft;
    private ChallengeView view;
    private String title = "";

    ChallengeEditorView(ChallengeEditor service, Challenges challenges, ChallengeFiles files,
                        ChallengePublishing publishing, Clock clock) {
        this.service = service;
        this.challenges = challenges;
        this.files = files;
        this.publishing = publishing;
        this.clock = clock;
        addClassNames("cv-page-narrow", "cv-ch-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            draft = service.draft(id);
            view = challenges.view(id);
        } catch (NumberFormatException | UserFacingException e) {
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                    new Anchor("my-challenges", getTranslation("challenge.mine.back")));
            return;
        }
        title = draft.getTitle();
        build();
    }

    private void build() {
        Anchor back = new Anchor("my-challenges", getTranslation("challenge.mine.back"));
        back.addClassName("cv-breadcrumb");
        H1 heading = new H1(draft.getTitle());
        HorizontalLayout status = new HorizontalLayout(ChallengeBadges.status(this, view.status(), view.closesAt(), clock), saved);
        status.setAlignItems(Alignment.CENTER);
        saved.addClassName("cv-ch-muted");
        progress.getElement().setAttribute("aria-label", getTranslation("challenge.editor.progress"));
        add(back, heading, status, progress, messages);

        steps = new TabSheet();
        steps.setWidthFull();
        steps.add(getTranslation("challenge.editor.step.basics"), basics());
        steps.add(getTranslation("challenge.editor.step.eligibility"), eligibility());
        steps.add(getTranslation("challenge.editor.step.access"), access());
        steps.add(getTranslation("challenge.editor.step.evaluation"), evaluation());
        steps.add(getTranslation("challenge.editor.step.form"), form());
        steps.add(getTranslation("challenge.editor.step.publish"), publication());
        add(steps);
        if (view.status() == ChallengeStatus.DRAFT) {
            // a draft is saved quietly whenever the manager moves to another step (if what is there is valid)
            steps.addSelectedChangeListener(e -> {
                if (e.isFromClient() && binder.validate().isOk()) {
                    save();
                }
            });
        }

        Button save = new Button(getTranslation("challenge.editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("challenge-save");
        Anchor dashboard = new Anchor("my-challenges/" + draft.getId() + "/dashboard", getTranslation("challenge.mine.dashboard"));
        HorizontalLayout actions = new HorizontalLayout(save, dashboard);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("cv-ch-actions");
        add(actions);

        binder.readBean(draft);
        boolean closed = view.status() == ChallengeStatus.CLOSED || view.status() == ChallengeStatus.DECIDED;
        if (closed) {
            binder.setReadOnly(true);
            save.setEnabled(false);
            messages.error("challenge.error.closedNoEdits");
        }
        refreshChecklist();
    }

    // ---------------------------------------------------------------- steps

    private Component basics() {
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("challenge.editor.language"));
        language.setItems("it", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        binder.forField(language).bind(ChallengeDraft::getLanguage, ChallengeDraft::setLanguage);
        TextField titleField = limited(new TextField(getTranslation("challenge.editor.title")), ChallengeLimits.TITLE);
        binder.forField(titleField).asRequired(getTranslation("challenge.error.titleRequired"))
                .bind(ChallengeDraft::getTitle, ChallengeDraft::setTitle);
        TextArea summary = limited(new TextArea(getTranslation("challenge.editor.summary")), ChallengeLimits.SUMMARY);
        binder.forField(summary).bind(ChallengeDraft::getSummary, ChallengeDraft::setSummary);
        TextArea description = markdown(limited(new TextArea(getTranslation("challenge.editor.description")), ChallengeLimits.DESCRIPTION));
        binder.forField(description).bind(ChallengeDraft::getDescription, ChallengeDraft::setDescription);
        Button preview = new Button(getTranslation("challenge.editor.previewText"), VaadinIcon.EYE.create(),
                e -> previewMarkdown(description.getValue()));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        TextArea problem = markdown(limited(new TextArea(getTranslation("challenge.editor.problem")), ChallengeLimits.PROBLEM));
        binder.forField(problem).bind(ChallengeDraft::getProblem, ChallengeDraft::setProblem);
        TextArea outcome = markdown(limited(new TextArea(getTranslation("challenge.editor.outcome")), ChallengeLimits.OUTCOME));
        binder.forField(outcome).bind(ChallengeDraft::getExpectedOutcome, ChallengeDraft::setExpectedOutcome);
        ComboBox<Sector> sector = new ComboBox<>(getTranslation("challenge.editor.sector"), Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        binder.forField(sector).bind(ChallengeDraft::getSector, ChallengeDraft::setSector);
        MultiSelectComboBox<TechnologyArea> areas = new MultiSelectComboBox<>(getTranslation("challenge.editor.areas"));
        areas.setItems(TechnologyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        binder.forField(areas).bind(ChallengeDraft::getAreas, (d, v) -> d.setAreas(new HashSet<>(v)));
        IntegerField trlMin = trl("challenge.editor.trlMin");
        IntegerField trlMax = trl("challenge.editor.trlMax");
        binder.forField(trlMin).asRequired().bind(ChallengeDraft::getTrlMin, ChallengeDraft::setTrlMin);
        binder.forField(trlMax).asRequired().bind(ChallengeDraft::getTrlMax, ChallengeDraft::setTrlMax);
        errorsOn(0, titleField, "challenge.error.titleRequired", "challenge.error.tooLong.title");
        errorsOn(0, summary, "challenge.error.tooLong.summary");
        errorsOn(0, description, "challenge.error.tooLong.description", "challenge.error.unsafeMarkdown");
        errorsOn(0, problem, "challenge.error.tooLong.problem");
        errorsOn(0, outcome, "challenge.error.tooLong.outcome");
        errorsOn(0, trlMax, "challenge.error.trl");
        FormLayout form = new FormLayout(language, titleField, summary, description, preview, problem, outcome, sector,
                areas, trlMin, trlMax);
        for (Component wide : new Component[] {titleField, summary, description, preview, problem, outcome}) {
            form.setColspan(wide, 2);
        }
        return form;
    }

    private Component eligibility() {
        CheckboxGroup<OrganisationType> types = new CheckboxGroup<>(getTranslation("challenge.editor.orgTypes"));
        types.setItems(OrganisationType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        types.setHelperText(getTranslation("challenge.editor.emptyMeansAll"));
        binder.forField(types).bind(ChallengeDraft::getEligibleTypes, (d, v) -> d.setEligibleTypes(new HashSet<>(v)));
        TextField countries = new TextField(getTranslation("challenge.editor.countries"));
        countries.setHelperText(getTranslation("challenge.editor.countries.help"));
        binder.forField(countries).bind(ChallengeDraft::getEligibleCountries, ChallengeDraft::setEligibleCountries);
        MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>(getTranslation("challenge.editor.regions"));
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        regions.setHelperText(getTranslation("challenge.editor.emptyMeansAll"));
        binder.forField(regions).bind(ChallengeDraft::getEligibleRegions, (d, v) -> d.setEligibleRegions(new HashSet<>(v)));
        Select<OrganisationSize> maxSize = new Select<>();
        maxSize.setLabel(getTranslation("challenge.editor.maxSize"));
        maxSize.setItems(OrganisationSize.values());
        maxSize.setEmptySelectionAllowed(true);
        maxSize.setEmptySelectionCaption(getTranslation("challenge.editor.anySize"));
        maxSize.setItemLabelGenerator(s -> s == null ? getTranslation("challenge.editor.anySize") : getTranslation(s.labelKey()));
        binder.forField(maxSize).bind(ChallengeDraft::getMaxSize, ChallengeDraft::setMaxSize);
        Checkbox consortia = new Checkbox(getTranslation("challenge.editor.consortia"));
        binder.forField(consortia).bind(ChallengeDraft::isConsortiaAllowed, ChallengeDraft::setConsortiaAllowed);

        rewardRows.setPadding(false);
        draft.getRewards().forEach(r -> rewardRows.add(new RewardRow(r)));
        Button addReward = new Button(getTranslation("challenge.editor.addReward"), VaadinIcon.PLUS.create(),
                e -> rewardRows.add(new RewardRow(new RewardDef(RewardType.PRIZE_MONEY, "", null))));
        Select<IpTerms> ip = new Select<>();
        ip.setLabel(getTranslation("challenge.editor.ip"));
        ip.setItems(IpTerms.values());
        ip.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        binder.forField(ip).bind(ChallengeDraft::getIpTerms, ChallengeDraft::setIpTerms);
        Checkbox nda = new Checkbox(getTranslation("challenge.editor.nda"));
        binder.forField(nda).bind(ChallengeDraft::isNdaRequired, ChallengeDraft::setNdaRequired);
        TextArea ndaText = limited(new TextArea(getTranslation("challenge.editor.ndaText")), ChallengeLimits.NDA);
        ndaText.setHelperText(getTranslation("challenge.editor.ndaText.help", draft.getId() == null ? 0 : view.ndaVersion()));
        binder.forField(ndaText).bind(ChallengeDraft::getNdaText, ChallengeDraft::setNdaText);
        errorsOn(1, countries, "challenge.error.countries");
        errorsOn(1, ndaText, "challenge.error.tooLong.nda", "challenge.missing.nda");
        VerticalLayout layout = new VerticalLayout(types, countries, regions, maxSize, consortia,
                new H3(getTranslation("challenge.editor.rewards")), rewardRows, addReward, ip, nda, ndaText);
        layout.setPadding(false);
        countries.setWidthFull();
        ndaText.setWidthFull();
        return layout;
    }

    private Component access() {
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("challenge.editor.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        binder.forField(visibility).bind(ChallengeDraft::getVisibility, ChallengeDraft::setVisibility);
        invited.setLabel(getTranslation("challenge.editor.invited"));
        invited.setItems(query -> service.organisationChoices(query.getFilter().orElse(""),
                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize())).stream());
        invited.setItemLabelGenerator(OrganisationChoice::name);
        invited.setValue(new HashSet<>(service.organisationChoices(draft.getInvitedOrganisations())));
        invited.setWidthFull();
        TextField code = new TextField(getTranslation("challenge.editor.accessCode"));
        code.setHelperText(getTranslation("challenge.editor.accessCode.help"));
        binder.forField(code).bind(ChallengeDraft::getAccessCode, ChallengeDraft::setAccessCode);

        DateTimePicker opens = date("challenge.editor.opensAt");
        DateTimePicker closes = date("challenge.editor.closesAt");
        DateTimePicker evaluation = date("challenge.editor.evaluationEndsAt");
        DateTimePicker results = date("challenge.editor.resultsAt");
        binder.forField(opens).bind(ChallengeDraft::getOpensAt, ChallengeDraft::setOpensAt);
        binder.forField(closes).withValidator(c -> c == null || opens.getValue() == null || c.isAfter(opens.getValue()),
                getTranslation("challenge.error.closesBeforeOpens")).bind(ChallengeDraft::getClosesAt, ChallengeDraft::setClosesAt);
        binder.forField(evaluation).bind(ChallengeDraft::getEvaluationEndsAt, ChallengeDraft::setEvaluationEndsAt);
        binder.forField(results).bind(ChallengeDraft::getResultsAt, ChallengeDraft::setResultsAt);
        if (view.status().isPublished()) {
            opens.setReadOnly(true);
            opens.setHelperText(getTranslation("challenge.error.opensFixed"));
        }

        // one file at a time; the check and the save run under the UI's lock, the temporary file is then removed
        Upload brief = new SingleFileUpload(ChallengeLimits.BRIEF_BYTES,
                (name, file) -> uploaded(() -> files.uploadBrief(draft.getId(), name, read(file))), messages::error,
                "application/pdf", ".pdf");
        Upload cover = new SingleFileUpload(ChallengeLimits.COVER_BYTES,
                (name, file) -> uploaded(() -> files.uploadCover(draft.getId(), name, read(file))), messages::error,
                "image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        refreshFiles();
        errorsOn(2, code, "challenge.error.accessCode");
        errorsOn(2, opens, "challenge.error.opensFixed");
        errorsOn(2, closes, "challenge.error.closesBeforeOpens", "challenge.error.closesInPast", "challenge.error.deadlineEarlier");
        errorsOn(2, evaluation, "challenge.error.evaluationBeforeClose");
        errorsOn(2, results, "challenge.error.resultsBeforeEvaluation");
        FormLayout dates = new FormLayout(opens, closes, evaluation, results);
        VerticalLayout layout = new VerticalLayout(visibility, invited, code, new H3(getTranslation("challenge.editor.dates")),
                new Paragraph(getTranslation("challenge.editor.dates.help")), dates,
                new H3(getTranslation("challenge.editor.brief")), new Paragraph(getTranslation("challenge.editor.brief.help",
                        ChallengeLimits.BRIEF_BYTES / (1024 * 1024), ChallengeLimits.BRIEF_PAGES)), briefInfo, brief,
                new H3(getTranslation("challenge.editor.cover")), new Paragraph(getTranslation("challenge.editor.cover.help",
                        ChallengeLimits.COVER_BYTES / (1024 * 1024))), coverInfo, cover);
        layout.setPadding(false);
        return layout;
    }

    private Component evaluation() {
        criteriaRows.setPadding(false);
        draft.getCriteria().forEach(c -> criteriaRows.add(new CriterionRow(c)));
        Button addCriterion = new Button(getTranslation("challenge.editor.addCriterion"), VaadinIcon.PLUS.create(),
                e -> criteriaRows.add(new CriterionRow(new CriterionDef("", "", BigDecimal.ONE, new BigDecimal("5"),
                        new BigDecimal("0.5"), new BigDecimal("3"), (int) criteriaRows.getChildren().count() + 1))));
        Button defaults = new Button(getTranslation("challenge.editor.defaultCriteria"), e -> {
            criteriaRows.removeAll();
            CriterionDef.defaults("it".equals(draft.getLanguage())).forEach(c -> criteriaRows.add(new CriterionRow(c)));
        });
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        BigDecimalField overall = new BigDecimalField(getTranslation("challenge.editor.overallThreshold"));
        overall.setHelperText(getTranslation("challenge.editor.overallThreshold.help"));
        binder.forField(overall).asRequired().bind(ChallengeDraft::getOverallThreshold, ChallengeDraft::setOverallThreshold);
        IntegerField evaluators = new IntegerField(getTranslation("challenge.editor.evaluators"));
        evaluators.setMin(1);
        evaluators.setMax(10);
        evaluators.setStepButtonsVisible(true);
        binder.forField(evaluators).asRequired().bind(ChallengeDraft::getEvaluatorsPerProposal, ChallengeDraft::setEvaluatorsPerProposal);
        Checkbox blind = new Checkbox(getTranslation("challenge.editor.blind"));
        binder.forField(blind).bind(ChallengeDraft::isBlindEvaluation, ChallengeDraft::setBlindEvaluation);
        BigDecimalField divergence = new BigDecimalField(getTranslation("challenge.editor.divergence"));
        divergence.setHelperText(getTranslation("challenge.editor.divergence.help"));
        binder.forField(divergence).asRequired().bind(ChallengeDraft::getDivergenceThreshold, ChallengeDraft::setDivergenceThreshold);
        errorsOn(3, overall, "challenge.error.overallThreshold");
        errorsOn(3, evaluators, "challenge.error.evaluators");
        errorsOn(3, divergence, "challenge.error.divergence");
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("challenge.editor.criteria.help")),
                criteriaRows, new HorizontalLayout(addCriterion, defaults), new FormLayout(overall, evaluators, divergence, blind));
        layout.setPadding(false);
        return layout;
    }

    private Component form() {
        IntegerField titleMax = new IntegerField(getTranslation("challenge.editor.titleMax"));
        IntegerField acronymMax = new IntegerField(getTranslation("challenge.editor.acronymMax"));
        IntegerField abstractMax = new IntegerField(getTranslation("challenge.editor.abstractMax"));
        BigDecimalField budgetMax = new BigDecimalField(getTranslation("challenge.editor.budgetMax"));
        binder.forField(titleMax).asRequired().bind(ChallengeDraft::getTitleMax, ChallengeDraft::setTitleMax);
        binder.forField(acronymMax).asRequired().bind(ChallengeDraft::getAcronymMax, ChallengeDraft::setAcronymMax);
        binder.forField(abstractMax).asRequired().bind(ChallengeDraft::getAbstractMax, ChallengeDraft::setAbstractMax);
        binder.forField(budgetMax).bind(ChallengeDraft::getBudgetMax, ChallengeDraft::setBudgetMax);
        questionRows.setPadding(false);
        draft.getQuestions().forEach(q -> questionRows.add(new QuestionRow(q)));
        Button addQuestion = new Button(getTranslation("challenge.editor.addQuestion"), VaadinIcon.PLUS.create(),
                e -> questionRows.add(new QuestionRow(new QuestionDef(QuestionType.LONG_TEXT, "", "", true, 1000, null, List.of()))));
        Button preview = new Button(getTranslation("challenge.editor.previewForm"), VaadinIcon.EYE.create(), e -> previewForm(
                titleMax.getValue(), acronymMax.getValue(), abstractMax.getValue(), budgetMax.getValue()));
        preview.setId("challenge-preview-form");
        errorsOn(4, abstractMax, "challenge.error.formLimits");
        errorsOn(4, budgetMax, "challenge.error.budgetMax");
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("challenge.editor.form.help")),
                new FormLayout(titleMax, acronymMax, abstractMax, budgetMax), new H3(getTranslation("challenge.editor.questions")),
                questionRows, new HorizontalLayout(addQuestion, preview));
        layout.setPadding(false);
        return layout;
    }

    private Component publication() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("challenge.editor.checklist")), checklist);
        if (view.status() == ChallengeStatus.DRAFT) {
            Button publish = new Button(getTranslation("challenge.editor.publish"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            publish.setId("challenge-publish");
            layout.add(new Paragraph(getTranslation("challenge.editor.publish.help")), publish);
        } else {
            layout.add(new Paragraph(getTranslation("challenge.editor.published", Times.format(view.opensAt(), getLocale()),
                    Times.format(view.closesAt(), getLocale()))));
            Anchor open = new Anchor("challenges/" + view.slug(), getTranslation("challenge.editor.viewPublic"));
            layout.add(open);
            if (view.status() == ChallengeStatus.SCHEDULED || view.status() == ChallengeStatus.OPEN) {
                DateTimePicker newDeadline = date("challenge.editor.newDeadline");
                newDeadline.setValue(LocalDateTime.ofInstant(view.closesAt(), Times.ROME));
                Button extend = new Button(getTranslation("challenge.editor.changeDeadline"), e -> confirmDeadline(newDeadline.getValue()));
                extend.setId("challenge-extend");
                HorizontalLayout row = new HorizontalLayout(newDeadline, extend);
                row.setAlignItems(Alignment.BASELINE);
                layout.add(new H3(getTranslation("challenge.editor.deadline")), new Paragraph(getTranslation("challenge.editor.deadline.help")), row);
            }
            if (view.status() == ChallengeStatus.OPEN) {
                Button close = new Button(getTranslation("challenge.editor.closeEarly"), e -> confirmClose());
                close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                close.setId("challenge-close-early");
                layout.add(close);
            }
        }
        return layout;
    }

    // ---------------------------------------------------------------- actions

    private boolean save() {
        messages.clear();
        stepOf.keySet().forEach(f -> f.setInvalid(false));
        try {
            binder.writeBean(draft);
            draft.setRewards(new ArrayList<>(rewardRows.getChildren().map(c -> ((RewardRow) c).value()).toList()));
            draft.setCriteria(new ArrayList<>(criteriaRows.getChildren().map(c -> ((CriterionRow) c).value()).toList()));
            draft.setQuestions(new ArrayList<>(questionRows.getChildren().map(c -> ((QuestionRow) c).value()).toList()));
            draft.setInvitedOrganisations(invited.getValue().stream().map(OrganisationChoice::id).collect(Collectors.toSet()));
            service.save(draft);
            saved.setText(getTranslation("challenge.editor.savedAt",
                    LocalDateTime.now(clock.withZone(Times.ROME)).format(DateTimeFormatter.ofPattern("HH:mm"))));
            refreshChecklist();
            return true;
        } catch (ValidationException e) {
            messages.error("challenge.editor.fixFields");
        } catch (UserFacingException e) {
            messages.error(e);
            markField(e);
        } catch (OptimisticLockingFailureException e) {
            messages.error("error.concurrentEdit");
            Notifications.error("error.concurrentEdit");
        }
        return false;
    }

    private void errorsOn(int step, HasValidation field, String... keys) {
        for (String key : keys) {
            fieldOf.put(key, field);
        }
        stepOf.put(field, step);
    }

    /** Shows a refusal next to its field too, and opens the step where that field is. */
    private void markField(UserFacingException e) {
        HasValidation field = fieldOf.get(e.messageKey());
        if (field != null) {
            field.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            field.setInvalid(true);
            steps.setSelectedIndex(stepOf.get(field));
        }
    }

    private void confirmPublish() {
        if (!save()) {
            return;
        }
        List<String> missing = service.missingForPublish(draft.getId());
        if (!missing.isEmpty()) {
            messages.error("challenge.error.incomplete");
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("challenge.publish.title"));
        dialog.setText(getTranslation("challenge.publish.text", Times.format(ChallengeViewsSupport.rome(draft.getOpensAt()), getLocale()),
                Times.format(ChallengeViewsSupport.rome(draft.getClosesAt()), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("challenge.editor.publish"));
        dialog.addConfirmListener(e -> act(() -> publishing.publish(draft.getId(), draft.getVersion()), "challenge.publish.done"));
        dialog.open();
    }

    private void confirmDeadline(LocalDateTime newDeadline) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("challenge.editor.changeDeadline"));
        dialog.setText(getTranslation("challenge.deadline.text", newDeadline == null ? "" : Times.format(ChallengeViewsSupport.rome(newDeadline), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("challenge.editor.changeDeadline"));
        dialog.addConfirmListener(e -> act(() -> publishing.changeDeadline(draft.getId(), newDeadline), "challenge.deadline.done"));
        dialog.open();
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("challenge.editor.closeEarly"));
        dialog.setText(getTranslation("challenge.close.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("challenge.editor.closeEarly"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(() -> publishing.closeEarly(draft.getId()), "challenge.close.done"));
        dialog.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (UserFacingException e) {
            messages.error(e);
        } catch (OptimisticLockingFailureException e) {
            messages.error("error.concurrentEdit");
        }
    }

    /** Stores an uploaded file; a refusal propagates to the upload, which shows it and takes the next file. */
    private void uploaded(Runnable upload) {
        upload.run();
        messages.success("challenge.editor.uploaded");
        refreshFiles();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshFiles() {
        ChallengeView current = challenges.view(draft.getId());
        briefInfo.setText(current.brief() == null ? getTranslation("challenge.editor.noFile")
                : getTranslation("challenge.editor.briefInfo", current.brief().fileName(), current.brief().pages(),
                Math.max(1, current.brief().sizeBytes() / 1024)));
        coverInfo.setText(getTranslation(current.hasCover() ? "challenge.editor.coverPresent" : "challenge.editor.noFile"));
    }

    private void refreshChecklist() {
        checklist.removeAll();
        List<String> missing = service.missingForPublish(draft.getId());
        if (missing.isEmpty()) {
            checklist.add(new ListItem(getTranslation("challenge.editor.ready")));
        }
        missing.forEach(key -> checklist.add(new ListItem(getTranslation(key))));
        progress.setValue(1.0 - missing.size() / 9.0);
    }

    private void previewMarkdown(String markdown) {
        Dialog dialog = new Dialog(getTranslation("challenge.editor.previewText"));
        Div html = new Div();
        html.addClassName("cv-ch-markdown");
        html.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
        dialog.add(html);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(800px, 95vw)");
        dialog.open();
    }

    private void previewForm(Integer titleMax, Integer acronymMax, Integer abstractMax, BigDecimal budgetMax) {
        List<QuestionDef> questions = questionRows.getChildren().map(c -> ((QuestionRow) c).value()).toList();
        FormDefinition form = new FormDefinition(titleMax == null ? 200 : titleMax, acronymMax == null ? 20 : acronymMax,
                abstractMax == null ? 2000 : abstractMax, budgetMax, questions);
        Dialog dialog = new Dialog(getTranslation("challenge.editor.previewForm"));
        dialog.add(new Paragraph(getTranslation("challenge.editor.previewForm.help")), new FormPreview(form));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
    }

    // ---------------------------------------------------------------- small builders

    private TextField limited(TextField field, int max) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("challenge.editor.limit", 0, max));
        field.addValueChangeListener(e -> field.setHelperText(getTranslation("challenge.editor.limit",
                e.getValue() == null ? 0 : e.getValue().length(), max)));
        field.setWidthFull();
        return field;
    }

    private TextArea limited(TextArea field, int max) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("challenge.editor.limit", 0, max));
        field.addValueChangeListener(e -> field.setHelperText(getTranslation("challenge.editor.limit",
                e.getValue() == null ? 0 : e.getValue().length(), max)));
        field.setWidthFull();
        return field;
    }

    private TextArea markdown(TextArea area) {
        area.addClassName("cv-ch-markdown-input");
        area.setPlaceholder(getTranslation("challenge.editor.markdownHint"));
        return area;
    }

    private IntegerField trl(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(1);
        f.setMax(9);
        f.setStepButtonsVisible(true);
        return f;
    }

    private DateTimePicker date(String key) {
        DateTimePicker picker = new DateTimePicker(getTranslation(key));
        picker.setHelperText(getTranslation("challenge.editor.romeTime"));
        picker.setLocale(getLocale());
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.editor.pageTitle", title) + " · Convergo";
    }

    // ---------------------------------------------------------------- rows

    private final class CriterionRow extends Div {
        private final TextField name = new TextField(getTranslation("challenge.criterion.name"));
        private final TextField description = new TextField(getTranslation("challenge.criterion.description"));
        private final BigDecimalField weight = new BigDecimalField(getTranslation("challenge.criterion.weight"));
        private final BigDecimalField max = new BigDecimalField(getTranslation("challenge.criterion.max"));
        private final BigDecimalField step = new BigDecimalField(getTranslation("challenge.criterion.step"));
        private final BigDecimalField threshold = new BigDecimalField(getTranslation("challenge.criterion.threshold"));
        private final IntegerField tieBreak = new IntegerField(getTranslation("challenge.criterion.tieBreak"));

        CriterionRow(CriterionDef c) {
            addClassNames("cv-card", "cv-ch-row");
            name.setValue(c.name() == null ? "" : c.name());
            name.setMaxLength(ChallengeLimits.CRITERION_NAME);
            description.setValue(c.description() == null ? "" : c.description());
            description.setMaxLength(ChallengeLimits.CRITERION_DESCRIPTION);
            weight.setValue(c.weight());
            max.setValue(c.maxScore());
            step.setValue(c.step());
            threshold.setValue(c.threshold());
            tieBreak.setValue(c.tieBreak());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> criteriaRows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            FlexLayout numbers = new FlexLayout(weight, max, step, threshold, tieBreak, remove);
            numbers.addClassName("cv-ch-numbers");
            name.setWidthFull();
            description.setWidthFull();
            add(name, description, numbers);
        }

        CriterionDef value() {
            return new CriterionDef(name.getValue().trim(), description.getValue().trim(), weight.getValue(), max.getValue(),
                    step.getValue(), threshold.getValue(), tieBreak.getValue() == null ? 0 : tieBreak.getValue());
        }
    }

    private final class QuestionRow extends Div {
        private final Select<QuestionType> type = new Select<>();
        private final TextField labelEn = new TextField(getTranslation("challenge.question.labelEn"));
        private final TextField labelIt = new TextField(getTranslation("challenge.question.labelIt"));
        private final Checkbox required = new Checkbox(getTranslation("challenge.question.required"));
        private final IntegerField maxChars = new IntegerField(getTranslation("challenge.question.maxChars"));
        private final IntegerField maxPages = new IntegerField(getTranslation("challenge.question.maxPages"));
        private final TextArea options = new TextArea(getTranslation("challenge.question.options"));

        QuestionRow(QuestionDef q) {
            addClassNames("cv-card", "cv-ch-row");
            type.setLabel(getTranslation("challenge.question.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
            type.setValue(q.type());
            labelEn.setValue(q.labelEn() == null ? "" : q.labelEn());
            labelIt.setValue(q.labelIt() == null ? "" : q.labelIt());
            labelEn.setMaxLength(ChallengeLimits.QUESTION_LABEL);
            labelIt.setMaxLength(ChallengeLimits.QUESTION_LABEL);
            required.setValue(q.required());
            maxChars.setValue(q.maxChars());
            maxPages.setValue(q.maxPages());
            options.setValue(String.join("\n", q.options()));
            options.setHelperText(getTranslation("challenge.question.options.help"));
            type.addValueChangeListener(e -> showLimits());
            showLimits();
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(-1));
            up.setAriaLabel(getTranslation("challenge.editor.moveUp"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(1));
            down.setAriaLabel(getTranslation("challenge.editor.moveDown"));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> questionRows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : new Button[] {up, down, remove}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            labelEn.setWidthFull();
            labelIt.setWidthFull();
            options.setWidthFull();
            FlexLayout top = new FlexLayout(type, required, maxChars, maxPages, up, down, remove);
            top.addClassName("cv-ch-numbers");
            add(top, labelEn, labelIt, options);
        }

        private void showLimits() {
            QuestionType t = type.getValue();
            maxChars.setVisible(t == QuestionType.SHORT_TEXT || t == QuestionType.LONG_TEXT);
            maxPages.setVisible(t == QuestionType.PDF_UPLOAD);
            options.setVisible(t != null && t.hasOptions());
        }

        private void move(int delta) {
            int index = questionRows.indexOf(this);
            int target = index + delta;
            if (target < 0 || target >= questionRows.getComponentCount()) {
                return;
            }
            questionRows.remove(this);
            questionRows.addComponentAtIndex(target, this);
        }

        QuestionDef value() {
            List<String> opts = type.getValue() != null && type.getValue().hasOptions()
                    ? options.getValue().lines().map(String::trim).filter(s -> !s.isEmpty()).toList() : List.of();
            return new QuestionDef(type.getValue(), labelEn.getValue().trim(), labelIt.getValue().trim(), required.getValue(),
                    maxChars.isVisible() ? maxChars.getValue() : null, maxPages.isVisible() ? maxPages.getValue() : null, opts);
        }
    }

    private final class RewardRow extends Div {
        private final Select<RewardType> type = new Select<>();
        private final TextField description = new TextField(getTranslation("challenge.reward.description"));
        private final BigDecimalField amount = new BigDecimalField(getTranslation("challenge.reward.amount"));

        RewardRow(RewardDef r) {
            addClassNames("cv-ch-numbers", "cv-ch-reward-row");
            type.setLabel(getTranslation("challenge.reward.type"));
            type.setItems(RewardType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
            type.setValue(r.type());
            description.setValue(r.description() == null ? "" : r.description());
            description.setMaxLength(ChallengeLimits.REWARD_TEXT);
            amount.setValue(r.amount());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> rewardRows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(type, description, amount, remove);
        }

        RewardDef value() {
            return new RewardDef(type.getValue(), description.getValue().trim(), amount.getValue());
        }
    }
}
