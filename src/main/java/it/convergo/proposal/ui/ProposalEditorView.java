package it.convergo.proposal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.proposal.AttachedFile;
import it.convergo.proposal.MissingItem;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalLimits;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.ProposalTeam;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmissionInfo;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The proposal form of a challenge: fixed fields and the firm's questions in sections, limits shown while
 * typing, every change saved automatically (and once more when the page is left), PDF uploads checked on
 * the server, a checklist and the confirmed submission with its receipt. A submitted proposal is shown
 * read-only with its receipts, and can be reopened or withdrawn until the deadline.
 */
@Route("proposals/:id")
@RolesAllowed(Role.APPLICANT_NAME)
public class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TIMEOUT_MS = 1500;

    private final ProposalDrafts drafts;
    private final ProposalTeam team;
    private final ProposalUploads uploads;
    private final ProposalSubmissions submissions;
    private final MyProposals mine;
    private final Clock clock;

    private long id;
    private ProposalOverview overview;
    private ChallengeView challenge;
    private ProposalDraft draft;
    private boolean dirty;
    private boolean conflict;
    private com.vaadin.flow.shared.Registration poll;
    /** Who opened the page: the save on leaving may run where no request carries the sign-in (session end). */
    private org.springframework.security.core.Authentication openedBy;

    final Span savedIndicator = new Span();
    final Div errorSummary = new Div();
    final UnorderedList checklist = new UnorderedList();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressText = new Span();
    final Span countdown = new Span();
    final Div filesSection = new Div();
    final Div teamSection = new Div();
    Button submit;
    TextField title;
    TextField acronym;
    TextArea abstractText;
    TextArea teamText;
    BigDecimalField budget;
    TextArea budgetText;
    Select<Integer> trlNow;
    Select<Integer> trlTarget;
    MultiSelectComboBox<TechnologyArea> areas;
    final java.util.Map<Integer, Component> questionFields = new java.util.HashMap<>();

    ProposalEditorView(ProposalDrafts drafts, ProposalTeam team, ProposalUploads uploads, ProposalSubmissions submissions,
                       MyProposals mine, Clock clock) {
        this.drafts = drafts;
        this.team = team;
        this.uploads = uploads;
        this.submissions = submissions;
        this.mine = mine;
        this.clock = clock;
        addClassNames("cv-page", "cv-page-narrow", "cv-proposals", "cv-proposal-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> param = event.getRouteParameters().getLong("id");
        try {
            id = param.orElseThrow(() -> new UserFacingException("error.notFound"));
            render();
        } catch (UserFacingException e) {
            removeAll();
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                    new Anchor("my-proposals", getTranslation("proposal.start.back")));
        }
    }

    /** (Re)builds the page from the server's current state. */
    void render() {
        overview = drafts.overview(id);
        challenge = drafts.challengeOf(id);
        draft = drafts.draft(id);
        dirty = false;
        conflict = false;
        questionFields.clear();
        removeAll();
        add(header());
        if (overview.editable()) {
            errorSummary.addClassName("cv-proposal-errors");
            errorSummary.setVisible(false);
            add(errorSummary, progressBlock(), basics(), team(), budgetSection(), questions(), attachments(), submitSection());
            refreshChecklist();
        } else {
            add(readOnly());
        }
    }

    // ------------------------------------------------------------------ header

    private Component header() {
        String heading = draft.getTitle().isBlank() ? getTranslation("proposal.editor.untitled") : draft.getTitle();
        Div head = new Div(new Anchor("my-proposals", getTranslation("proposal.editor.breadcrumb")), new H1(heading));
        head.addClassName("cv-proposal-head");
        HorizontalLayout line = new HorizontalLayout(ProposalUi.badge(this, overview.status(), overview.editing()), countdown,
                savedIndicator);
        line.setAlignItems(Alignment.BASELINE);
        line.addClassName("cv-proposal-statusline");
        savedIndicator.addClassName("cv-saved");
        updateCountdown();
        Div facts = new Div(new Fact(getTranslation("proposal.receipt.challenge"), overview.challengeTitle()),
                new Fact(getTranslation("proposal.receipt.organisation"), overview.organisationName()),
                new Fact(getTranslation("proposal.editor.lead"), overview.leadName()),
                new Fact(getTranslation("proposal.editor.closes"), Times.format(overview.closesAt(), getLocale())));
        facts.addClassName("cv-facts");
        head.add(line, facts);
        if (overview.editing()) {
            Paragraph banner = new Paragraph(getTranslation("proposal.editor.reopenedBanner", overview.submissionVersion()));
            banner.addClassName("cv-proposal-banner");
            head.add(banner);
        }
        return head;
    }

    private void updateCountdown() {
        countdown.setText(ProposalUi.timeLeft(this, overview.closesAt(), clock.instant()));
        countdown.setClassName(ProposalUi.urgent(overview.closesAt(), clock.instant()) ? "cv-countdown-urgent" : "cv-countdown");
    }

    private Component progressBlock() {
        progress.addClassName("cv-proposal-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("proposal.editor.progress"));
        Div nav = new Div();
        nav.addClassName("cv-proposal-steps");
        for (String section : List.of("basics", "team", "budget", "questions", "files", "submit")) {
            nav.add(new Anchor("#" + section, getTranslation("proposal.section." + section)));
        }
        Div block = new Div(progress, progressText, nav);
        block.addClassName("cv-proposal-progressblock");
        return block;
    }

    // ------------------------------------------------------------------ sections

    private Div section(String key) {
        Div section = new Div(new H2(getTranslation("proposal.section." + key)));
        section.setId(key);
        section.addClassNames("cv-card", "cv-proposal-section");
        return section;
    }

    private Component basics() {
        Div s = section("basics");
        title = textField("proposal.field.title", challenge.form().titleMax(), draft.getTitle(), draft::setTitle);
        acronym = textField("proposal.field.acronym", challenge.form().acronymMax(), draft.getAcronym(), draft::setAcronym);
        abstractText = textArea("proposal.field.abstract", challenge.form().abstractMax(), draft.getAbstractText(),
                draft::setAbstractText);
        areas = new MultiSelectComboBox<>(getTranslation("proposal.field.areas"));
        areas.setItems(TechnologyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        areas.setValue(draft.getAreas());
        areas.setHelperText(getTranslation("proposal.editor.areasHelp"));
        areas.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draft.setAreas(e.getValue());
                changed();
            }
        });
        areas.setWidthFull();
        trlNow = trl("proposal.field.trlNow", draft.getTrlNow(), draft::setTrlNow);
        trlTarget = trl("proposal.field.trlTarget", draft.getTrlTarget(), draft::setTrlTarget);
        HorizontalLayout trls = new HorizontalLayout(trlNow, trlTarget);
        trls.addClassName("cv-proposal-trls"); // side by side, one under the other on a phone
        Paragraph trlHelp = new Paragraph(getTranslation("proposal.editor.trlHelp", challenge.trlMin(), challenge.trlMax()));
        trlHelp.addClassName("cv-help");
        s.add(title, acronym, abstractText, areas, trls, trlHelp);
        return s;
    }

    private Component team() {
        Div s = section("team");
        teamText = textArea("proposal.field.team", ProposalLimits.TEAM, draft.getTeamText(), draft::setTeamText);
        s.add(teamText, teamSection);
        refreshTeam();
        return s;
    }

    private void refreshTeam() {
        teamSection.removeAll();
        teamSection.add(new Paragraph(getTranslation("proposal.team.intro")));
        UnorderedList list = new UnorderedList();
        for (String email : team.members(id)) {
            ListItem item = new ListItem(new Span(email));
            if (overview.lead()) {
                Button remove = new Button(getTranslation("proposal.team.remove"), e -> {
                    team.removeMember(id, email);
                    refreshTeam();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            }
            list.add(item);
        }
        teamSection.add(list);
        if (overview.lead()) {
            EmailField email = new EmailField(getTranslation("proposal.team.email"));
            Button invite = new Button(getTranslation("proposal.team.invite"), VaadinIcon.ENVELOPE_O.create(), e -> {
                try {
                    team.invite(id, email.getValue());
                    Notifications.success("proposal.team.invited", email.getValue());
                    refreshTeam();
                } catch (UserFacingException ex) {
                    email.setInvalid(true);
                    email.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                }
            });
            HorizontalLayout row = new HorizontalLayout(email, invite);
            row.setAlignItems(Alignment.BASELINE);
            teamSection.add(row);
        }
    }

    private Component budgetSection() {
        Div s = section("budget");
        budget = new BigDecimalField(getTranslation("proposal.field.budget"));
        budget.setValue(draft.getBudget());
        budget.setPrefixComponent(new Span("€"));
        if (challenge.form().budgetMax() != null) {
            budget.setHelperText(getTranslation("proposal.editor.budgetMax", challenge.form().budgetMax().stripTrailingZeros().toPlainString()));
        }
        budget.setValueChangeMode(ValueChangeMode.ON_BLUR);
        budget.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            BigDecimal max = challenge.form().budgetMax();
            if (e.getValue() != null && (e.getValue().signum() < 0 || max != null && e.getValue().compareTo(max) > 0)) {
                budget.setInvalid(true);
                budget.setErrorMessage(getTranslation(e.getValue().signum() < 0 ? "proposal.error.budget" : "proposal.error.budgetMax",
                        max == null ? "" : max.stripTrailingZeros().toPlainString()));
                return;
            }
            budget.setInvalid(false);
            draft.setBudget(e.getValue());
            changed();
        });
        budgetText = textArea("proposal.field.budgetText", ProposalLimits.BUDGET_TEXT, draft.getBudgetText(), draft::setBudgetText);
        s.add(budget, budgetText);
        return s;
    }

    private Component questions() {
        Div s = section("questions");
        List<QuestionDef> qs = challenge.form().questions();
        if (IntStream.range(0, qs.size()).noneMatch(i -> qs.get(i).type() != QuestionType.PDF_UPLOAD)) {
            s.add(new Paragraph(getTranslation("proposal.editor.noQuestions")));
        }
        for (int i = 0; i < qs.size(); i++) {
            QuestionDef q = qs.get(i);
            if (q.type() == QuestionType.PDF_UPLOAD) {
                continue;
            }
            Component field = questionField(i, q);
            questionFields.put(i, field);
            s.add(field);
        }
        return s;
    }

    private Component questionField(int pos, QuestionDef q) {
        String label = q.label(getLocale()) + (q.required() ? " *" : "");
        String value = draft.getAnswers().getOrDefault(pos, "");
        Consumer<String> set = v -> draft.getAnswers().put(pos, v == null ? "" : v);
        int max = q.maxChars() == null ? ProposalLimits.ANSWER_DEFAULT : q.maxChars();
        return switch (q.type()) {
            case SHORT_TEXT -> withLabel(textFieldRaw(max, value, set), label);
            case LONG_TEXT -> withLabel(textAreaRaw(max, value, set), label);
            case NUMBER -> {
                TextField f = textFieldRaw(40, value, set);
                f.setAllowedCharPattern("[0-9.,-]");
                yield withLabel(f, label);
            }
            case SINGLE_CHOICE, YES_NO -> {
                RadioButtonGroup<String> g = new RadioButtonGroup<>(label);
                List<String> options = q.type() == QuestionType.YES_NO ? List.of("yes", "no") : q.options();
                g.setItems(options);
                if (q.type() == QuestionType.YES_NO) {
                    g.setItemLabelGenerator(o -> getTranslation("proposal.answer." + o));
                }
                if (options.contains(value)) {
                    g.setValue(value);
                }
                g.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        set.accept(e.getValue());
                        changed();
                    }
                });
                yield g;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> g = new CheckboxGroup<>(label);
                g.setItems(q.options());
                Set<String> chosen = new LinkedHashSet<>(Arrays.asList(value.split("\n")));
                chosen.retainAll(q.options());
                g.setValue(chosen);
                g.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        set.accept(String.join("\n", q.options().stream().filter(e.getValue()::contains).toList()));
                        changed();
                    }
                });
                yield g;
            }
            case PDF_UPLOAD -> throw new IllegalStateException("files are handled in their own section");
        };
    }

    private static <T extends com.vaadin.flow.component.HasLabel> T withLabel(T field, String label) {
        field.setLabel(label);
        return field;
    }

    // ------------------------------------------------------------------ files

    private Component attachments() {
        Div s = section("files");
        s.add(new Paragraph(getTranslation("proposal.files.intro", uploads.maxFileBytes() / (1024 * 1024))), filesSection);
        refreshFiles();
        return s;
    }

    void refreshFiles() {
        filesSection.removeAll();
        List<AttachedFile> files = uploads.files(id);
        List<QuestionDef> qs = challenge.form().questions();
        for (int i = 0; i < qs.size(); i++) {
            QuestionDef q = qs.get(i);
            if (q.type() != QuestionType.PDF_UPLOAD) {
                continue;
            }
            int pos = i;
            Div block = new Div(new Span(q.label(getLocale()) + (q.required() ? " *" : "")));
            block.addClassName("cv-proposal-fileblock");
            if (q.maxPages() != null) {
                Span limit = new Span(getTranslation("proposal.files.pageLimit", q.maxPages()));
                limit.addClassName("cv-help");
                block.add(limit);
            }
            files.stream().filter(f -> f.questionPos() == pos).forEach(f -> block.add(fileLine(f)));
            block.add(upload(pos));
            filesSection.add(block);
        }
        Div general = new Div(new Span(getTranslation("proposal.files.general", ProposalLimits.GENERAL_FILES)));
        general.addClassName("cv-proposal-fileblock");
        files.stream().filter(f -> f.questionPos() < 0).forEach(f -> general.add(fileLine(f)));
        general.add(upload(null));
        filesSection.add(general);
    }

    private Component fileLine(AttachedFile f) {
        Anchor name = ProposalUi.download(f.fileName(), () -> uploads.myFile(id, f.id()));
        Span facts = new Span(getTranslation("proposal.files.facts", f.pages(), ProposalUi.size(f.sizeBytes())));
        facts.addClassName("cv-proposal-filefacts");
        Button remove = new Button(getTranslation("proposal.files.remove"), VaadinIcon.TRASH.create(), e -> {
            try {
                uploads.removeFile(id, f.id());
                refreshFiles();
                refreshChecklist();
            } catch (UserFacingException ex) {
                Notifications.error(ex);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div line = new Div(VaadinIcon.FILE_TEXT_O.create(), name, facts, remove);
        line.addClassName("cv-proposal-file");
        return line;
    }

    /** The toast of the last refused file, closed when a valid one is accepted. */
    private Notification refusal;

    private Upload upload(Integer pos) {
        // one file at a time, streamed to a temporary file (never held in memory) and deleted after the check
        Upload upload = new SingleFileUpload(uploads.maxFileBytes(), (name, file) -> accept(pos, name, file),
                this::refused, "application/pdf", ".pdf");
        upload.addClassName("cv-proposal-upload");
        upload.setId("proposal-upload-" + (pos == null ? "general" : pos));
        return upload;
    }

    /** Called with the uploaded file in a temporary file; a refusal is thrown as a {@link UserFacingException}. */
    void accept(Integer pos, String fileName, Path temp) {
        AttachedFile f = uploads.upload(id, pos, fileName, temp);
        if (!conflict) {
            errorSummary.setVisible(false); // an earlier refusal no longer applies
        }
        closeRefusal();
        Notifications.success("proposal.files.uploaded", f.fileName(), f.pages(), ProposalUi.size(f.sizeBytes()));
        refreshFiles();
        refreshChecklist();
    }

    private void refused(UserFacingException e) {
        showErrors(List.of(getTranslation(e.messageKey(), e.params())));
        closeRefusal();
        refusal = Notifications.error(e);
    }

    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }

    // ------------------------------------------------------------------ checklist and submission

    private Component submitSection() {
        Div s = section("submit");
        s.add(new Paragraph(getTranslation("proposal.submit.intro")), checklist);
        submit = new Button(getTranslation(overview.editing() ? "proposal.submit.resubmit" : "proposal.submit.button"),
                VaadinIcon.PAPERPLANE_O.create(), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(submit);
        actions.addClassName("cv-proposal-actions");
        if (!overview.lead()) {
            submit.setEnabled(false);
            Span leadOnly = new Span(getTranslation("proposal.submit.leadOnly", overview.leadName()));
            leadOnly.addClassName("cv-help");
            actions.add(leadOnly);
        } else {
            actions.add(withdrawButton());
        }
        actions.add(ProposalUi.download(getTranslation("proposal.editor.pdf"), () -> mine.dossier(id)));
        s.add(actions);
        return s;
    }

    void refreshChecklist() {
        List<MissingItem> missing = drafts.missing(id);
        checklist.removeAll();
        if (missing.isEmpty()) {
            ListItem ready = new ListItem(getTranslation("proposal.submit.ready"));
            ready.addClassName("cv-check-done");
            checklist.add(ready);
        }
        for (MissingItem m : missing) {
            ListItem item = new ListItem(getTranslation(m.key(), m.detail() == null ? "" : m.detail()));
            item.addClassName("cv-check-missing");
            checklist.add(item);
        }
        int total = 8 + (int) challenge.form().questions().stream().filter(QuestionDef::required).count();
        int done = Math.max(0, total - missing.size());
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("proposal.editor.progressText", done, total));
        if (submit != null) {
            submit.setEnabled(overview.lead() && missing.isEmpty());
        }
    }

    private void confirmSubmit() {
        save();
        if (conflict) {
            return;
        }
        int version = overview.submissionVersion() + 1;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("proposal.submit.confirmTitle"));
        dialog.setText(getTranslation("proposal.submit.confirmText", version, overview.challengeTitle(),
                Times.format(overview.closesAt(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("proposal.confirm.cancel"));
        dialog.setConfirmText(getTranslation(overview.editing() ? "proposal.submit.resubmit" : "proposal.submit.button"));
        dialog.addConfirmListener(e -> submitShowingBusy());
        dialog.open();
    }

    /**
     * Shows "Submitting…, please wait" on the disabled button first and submits in the next round trip, so
     * under load the applicant sees that the submission waits instead of a button that seems to do nothing.
     */
    private void submitShowingBusy() {
        submit.setEnabled(false);
        submit.setText(getTranslation("proposal.submit.busy"));
        getElement().executeJs("return null").then(ignored -> doSubmit());
    }

    /** Submits the version the page holds; a second click finds it already submitted and is refused. */
    void doSubmit() {
        try {
            SubmissionInfo receipt = submissions.submit(id, draft.getVersion());
            Notifications.success("proposal.submit.done", receipt.number(), receipt.contentHash().substring(0, 12));
            render();
        } catch (OptimisticLockingFailureException e) {
            showConflict();
        } catch (UserFacingException e) {
            submit.setText(getTranslation(overview.editing() ? "proposal.submit.resubmit" : "proposal.submit.button"));
            refreshChecklist();
            showErrors(List.of(getTranslation(e.messageKey(), e.params())));
            Notifications.error(e);
        }
    }

    private Button withdrawButton() {
        Button withdraw = new Button(getTranslation("proposal.withdraw.button"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("proposal.withdraw.confirmTitle"));
            dialog.setText(getTranslation("proposal.withdraw.confirmText", overview.challengeTitle()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("proposal.confirm.cancel"));
            dialog.setConfirmText(getTranslation("proposal.withdraw.button"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(x -> doWithdraw());
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return withdraw;
    }

    void doWithdraw() {
        try {
            submissions.withdraw(id);
            Notifications.success("proposal.withdraw.done");
            render();
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }

    void doReopen() {
        try {
            submissions.reopen(id);
            Notifications.success("proposal.reopen.done");
            render();
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }

    // ------------------------------------------------------------------ read-only view

    private Component readOnly() {
        Div s = new Div();
        s.addClassNames("cv-card", "cv-proposal-section");
        if (!overview.open() && overview.status() == ProposalStatus.DRAFT) {
            s.add(new Paragraph(getTranslation("proposal.read.missedDeadline")));
        }
        if (overview.outcomeNote() != null) {
            Paragraph note = new Paragraph(getTranslation("proposal.read.outcome", overview.outcomeNote()));
            note.addClassName("cv-proposal-banner");
            s.add(note);
        }
        if (overview.submissionVersion() > 0) {
            s.add(new H2(getTranslation("proposal.read.receipts")));
            UnorderedList versions = new UnorderedList();
            for (SubmissionInfo info : submissions.submissions(id)) {
                Span text = new Span(getTranslation("proposal.read.version", info.number(),
                        Times.format(info.submittedAt(), getLocale()), info.contentHash()));
                text.addClassName("cv-proposal-hash");
                versions.add(new ListItem(text, ProposalUi.download(getTranslation("proposal.mine.receiptLink"),
                        () -> submissions.receipt(id, info.number()))));
            }
            s.add(versions);
        }
        s.add(new H2(getTranslation("proposal.read.content")));
        Div facts = new Div(new Fact(getTranslation("proposal.field.title"), draft.getTitle()),
                new Fact(getTranslation("proposal.field.acronym"), draft.getAcronym()),
                new Fact(getTranslation("proposal.field.trl"), draft.getTrlNow() + " → " + draft.getTrlTarget()),
                new Fact(getTranslation("proposal.field.budget"), draft.getBudget() == null ? "" : java.text.NumberFormat.getCurrencyInstance(java.util.Locale.of(getLocale().getLanguage(), "IT")).format(draft.getBudget())));
        facts.addClassName("cv-facts");
        Paragraph abstractText = new Paragraph(draft.getAbstractText());
        abstractText.addClassName("cv-proposal-text");
        s.add(facts, abstractText);
        FlexLayout actions = new FlexLayout(ProposalUi.download(getTranslation("proposal.editor.pdf"), () -> mine.dossier(id)));
        actions.addClassName("cv-proposal-actions");
        if (overview.open() && overview.lead() && overview.status() == ProposalStatus.SUBMITTED) {
            Button reopen = new Button(getTranslation("proposal.reopen.button"), VaadinIcon.EDIT.create(), e -> doReopen());
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(reopen, withdrawButton());
            Paragraph hint = new Paragraph(getTranslation("proposal.read.reopenHint", Times.format(overview.closesAt(), getLocale())));
            hint.addClassName("cv-help");
            s.add(hint);
        }
        s.add(actions);
        return s;
    }

    // ------------------------------------------------------------------ autosave

    private TextField textField(String labelKey, int max, String value, Consumer<String> set) {
        TextField f = textFieldRaw(max, value, set);
        f.setLabel(getTranslation(labelKey));
        return f;
    }

    private TextField textFieldRaw(int max, String value, Consumer<String> set) {
        TextField f = new TextField();
        f.setWidthFull();
        f.setMaxLength(max);
        f.setValue(value == null ? "" : value);
        counter(f, max);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.setValueChangeTimeout(TIMEOUT_MS);
        f.addValueChangeListener(e -> {
            counter(f, max);
            if (e.isFromClient()) {
                set.accept(e.getValue());
                changed();
            }
        });
        return f;
    }

    private TextArea textArea(String labelKey, int max, String value, Consumer<String> set) {
        TextArea a = textAreaRaw(max, value, set);
        a.setLabel(getTranslation(labelKey));
        return a;
    }

    private TextArea textAreaRaw(int max, String value, Consumer<String> set) {
        TextArea a = new TextArea();
        a.setWidthFull();
        a.setMaxLength(max);
        a.setValue(value == null ? "" : value);
        counter(a, max);
        a.setValueChangeMode(ValueChangeMode.LAZY);
        a.setValueChangeTimeout(TIMEOUT_MS);
        a.addValueChangeListener(e -> {
            counter(a, max);
            if (e.isFromClient()) {
                set.accept(e.getValue());
                changed();
            }
        });
        return a;
    }

    /** "412 / 1500 characters" under the field, updated as the text arrives. */
    private void counter(TextField f, int max) {
        f.setHelperText(getTranslation("proposal.editor.counter", f.getValue().length(), max));
    }

    private void counter(TextArea a, int max) {
        a.setHelperText(getTranslation("proposal.editor.counter", a.getValue().length(), max));
    }

    private Select<Integer> trl(String labelKey, int value, Consumer<Integer> set) {
        Select<Integer> s = new Select<>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9);
        s.setValue(value);
        s.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                set.accept(e.getValue());
                changed();
            }
        });
        return s;
    }

    private void changed() {
        dirty = true;
        save();
    }

    /** Saves the page's draft; a stale version stops autosaving and asks to reload instead of overwriting. */
    void save() {
        if (!dirty || conflict) {
            return;
        }
        try {
            drafts.save(draft);
            dirty = false;
            errorSummary.setVisible(false);
            String time = DateTimeFormatter.ofPattern("HH:mm").format(clock.instant().atZone(Times.ROME));
            savedIndicator.setText(getTranslation("proposal.editor.saved", time));
            savedIndicator.setClassName("cv-saved");
            updateCountdown();
            refreshChecklist();
        } catch (OptimisticLockingFailureException e) {
            showConflict();
        } catch (UserFacingException e) {
            savedIndicator.setText(getTranslation("proposal.editor.notSaved"));
            savedIndicator.setClassName("cv-saved-error");
            showErrors(List.of(getTranslation(e.messageKey(), e.params())));
        }
    }

    private void showConflict() {
        conflict = true;
        savedIndicator.setText(getTranslation("proposal.editor.notSaved"));
        savedIndicator.setClassName("cv-saved-error");
        errorSummary.removeAll();
        Button reload = new Button(getTranslation("proposal.editor.reload"), e -> render());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        errorSummary.add(new Paragraph(getTranslation("error.concurrentEdit")), reload);
        errorSummary.setVisible(true);
        Notifications.error("error.concurrentEdit");
    }

    private void showErrors(List<String> messages) {
        errorSummary.removeAll();
        UnorderedList list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        errorSummary.add(new Span(getTranslation("proposal.editor.errors")), list);
        errorSummary.setVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        openedBy = SecurityContextHolder.getContext().getAuthentication();
        event.getUI().setPollInterval(60_000);
        poll = event.getUI().addPollListener(e -> {
            if (overview != null) {
                updateCountdown();
            }
        });
    }

    /** The draft is saved once more when the page is left or the session ends, so typing is never lost. */
    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        boolean borrowed = previous.getAuthentication() == null && openedBy != null;
        try {
            if (borrowed) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(openedBy);
                SecurityContextHolder.setContext(context);
            }
            if (overview != null && overview.editable() && dirty) {
                save();
            }
        } catch (RuntimeException ignored) {
            // leaving the page must never fail; the last autosave is kept
        } finally {
            if (borrowed) {
                SecurityContextHolder.setContext(previous);
            }
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        String heading = draft == null || draft.getTitle().isBlank() ? getTranslation("proposal.editor.untitled") : draft.getTitle();
        return heading + " · Convergo";
    }

    ProposalDraft currentDraft() {
        return draft;
    }
}
