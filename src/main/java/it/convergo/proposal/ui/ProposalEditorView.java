package it.convergo.proposal.ui;

import static it.convergo.proposal.ui.ProposalUi.section;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.QuestionDef;
import it.convergo.proposal.MissingItem;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalExclusions;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.ProposalTeam;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.StageInfo;
import it.convergo.proposal.SubmissionInfo;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The proposal form of a challenge: fixed fields and the firm's questions in sections ({@link DraftForm}),
 * the team ({@link TeamMembers}), who should not evaluate it ({@link ExcludedEvaluators}), PDF uploads checked
 * on the server ({@link AttachedFiles}), and the checklist
 * with the confirmed submission ({@link SubmitSection}). Every change is saved automatically (and once more
 * when the page is left); a stale version stops the autosave and asks to reload instead of overwriting. A
 * proposal that cannot be changed now is shown read-only ({@link ReadOnlyProposal}).
 */
@Route("proposals/:id")
@RolesAllowed(Role.APPLICANT_NAME)
class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Checklist items every proposal has (title, acronym, abstract, team, areas, TRL, budget, NDA) besides required questions. */
    private static final int FIXED_CHECKS = 8;
    /** Those an outline has (title, acronym, abstract, areas, NDA). */
    private static final int OUTLINE_CHECKS = 5;

    private final ProposalDrafts drafts;
    private final ProposalTeam team;
    private final ProposalUploads uploads;
    private final ProposalSubmissions submissions;
    private final MyProposals mine;
    private final ProposalExclusions exclusions;
    private final Clock clock;

    private long id;
    private @Nullable ProposalOverview overview;
    /** The challenge's questions, not the whole challenge: its rendered texts are not needed after render. */
    private List<QuestionDef> questions = List.of();
    private StageInfo stage;
    private @Nullable ProposalDraft draft;
    private boolean dirty;
    private boolean conflict;
    private @Nullable Registration poll;
    /** Who opened the page: the save on leaving may run where no request carries the sign-in (session end). */
    private @Nullable Authentication openedBy;

    final Span savedIndicator = new Span();
    final Div errorSummary = new Div();
    final Span countdown = new Span();
    // the editing parts, null while the page is read-only: a page rebuilt after the submission must not keep the
    // detached form, uploads and checklist (with their listeners) for the rest of the session
    @Nullable DraftForm form;
    @Nullable AttachedFiles files;
    @Nullable ProgressBlock progress;
    @Nullable SubmitSection submitSection;

    ProposalEditorView(ProposalDrafts drafts, ProposalTeam team, ProposalUploads uploads, ProposalSubmissions submissions,
                       MyProposals mine, ProposalExclusions exclusions, Clock clock) {
        this.exclusions = exclusions;
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
        try {
            id = event.getRouteParameters().getLong("id").orElseThrow(() -> new UserFacingException("error.notFound"));
            render();
        } catch (UserFacingException e) {
            removeAll();
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                    new Anchor("my-proposals", getTranslation("proposal.start.back")));
        }
    }

    /** (Re)builds the page from the server's current state. */
    void render() {
        ProposalOverview shown = drafts.overview(id);
        overview = shown;
        ChallengeView challenge = drafts.challengeOf(id);
        questions = challenge.form().questions();
        stage = drafts.stage(id);
        ProposalDraft fields = drafts.draft(id);
        draft = fields;
        dirty = false;
        conflict = false;
        removeAll();
        form = null;
        files = null;
        progress = null;
        submitSection = null;
        add(header(shown, fields));
        if (shown.purgedAt() != null) {
            add(new PurgedProposal(shown.purgedAt(), shown.outcomeNote(), shown.submissionVersion(), shown.submittedAt(),
                    shown.contentHash()));
            return;
        }
        if (!shown.editable()) {
            add(new ReadOnlyProposal(submissions, mine, team, uploads, shown, fields, this::render),
                    section(this, "exclusions", new ExcludedEvaluators(exclusions, id, false)));
            return;
        }
        errorSummary.addClassName("cv-proposal-errors");
        errorSummary.setVisible(false);
        DraftForm editing = new DraftForm(fields, challenge, this::changed);
        AttachedFiles attached = new AttachedFiles(uploads, id, questions, stage.questions(), this::refreshChecklist,
                this::problems);
        ProgressBlock shownProgress = new ProgressBlock();
        SubmitSection submit = new SubmitSection(shown, this::confirmSubmit, new WithdrawButton(submissions, shown, this::render),
                ProposalUi.download(getTranslation("proposal.editor.pdf"), () -> mine.dossier(id)));
        form = editing;
        files = attached;
        progress = shownProgress;
        submitSection = submit;
        // the stage's form: an outline asks the outline's questions only, without team and budget
        editing.answers.fields.keySet().retainAll(stage.questions());
        List<Component> answers = new ArrayList<>();
        if (editing.answers.isEmpty()) {
            answers.add(new Paragraph(getTranslation("proposal.editor.noQuestions")));
        }
        answers.addAll(editing.answers.fields.values());
        add(errorSummary, shownProgress, section(this, "basics", editing.basics(challenge).toArray(Component[]::new)));
        if (!stage.isOutline()) {
            add(section(this, "team", editing.teamText, new TeamMembers(team, id, shown.lead())),
                    section(this, "budget", editing.budget, editing.budgetText));
        }
        add(section(this, "exclusions", new ExcludedEvaluators(exclusions, id, shown.lead())),
                section(this, "questions", answers.toArray(Component[]::new)),
                section(this, "files", new Paragraph(getTranslation("proposal.files.intro", uploads.maxFileBytes() / (1024 * 1024))),
                        attached),
                section(this, "submit", submit));
        refreshChecklist();
    }

    private Component header(ProposalOverview o, ProposalDraft fields) {
        String heading = o.purgedAt() != null ? getTranslation("proposal.purged.heading")
                : fields.getTitle().isBlank() ? getTranslation("proposal.editor.untitled") : fields.getTitle();
        Div head = new Div(new Anchor("my-proposals", getTranslation("proposal.editor.breadcrumb")), new H1(heading));
        head.addClassName("cv-proposal-head");
        HorizontalLayout line = new HorizontalLayout(ProposalUi.badge(this, o.status(), o.editing()), countdown, savedIndicator);
        line.setAlignItems(Alignment.BASELINE);
        line.addClassName("cv-proposal-statusline");
        savedIndicator.addClassName("cv-saved");
        updateCountdown();
        Div facts = new Div(new Fact(getTranslation("proposal.receipt.challenge"), o.challengeTitle()),
                new Fact(getTranslation("proposal.receipt.organisation"), o.organisationName()),
                new Fact(getTranslation("proposal.editor.lead"), o.leadName()),
                new Fact(getTranslation("proposal.editor.closes"), Times.format(o.closesAt(), getLocale())));
        if (stage.twoStage()) {
            Fact stageFact = new Fact(getTranslation("proposal.stage.label"), getTranslation(stage.stage().labelKey()));
            stageFact.setId("proposal-stage");
            facts.add(stageFact);
        }
        facts.addClassName("cv-facts");
        head.add(line, facts);
        if (o.status() == ProposalStatus.DRAFT && o.open()) {
            // the network's consortium building, by its address: the proposal module does not depend on it
            Anchor partners = new Anchor("network/partners/" + o.challengeId(), getTranslation("proposal.editor.findPartners"));
            partners.setId("proposal-find-partners");
            head.add(new Paragraph(partners));
        }
        if (stage.twoStage()) {
            head.add(stageBanner());
        }
        if (o.editing()) {
            Paragraph banner = new Paragraph(getTranslation("proposal.editor.reopenedBanner", o.submissionVersion()));
            banner.addClassName("cv-proposal-banner");
            head.add(banner);
        }
        return head;
    }

    /** What the stage means for the applicant: writing an outline, invited to the full proposal, or the feedback. */
    private Component stageBanner() {
        Div banner = new Div();
        banner.setId("proposal-stage-banner");
        banner.addClassName("cv-proposal-banner");
        if (Boolean.FALSE.equals(stage.shortlisted())) {
            banner.add(new Paragraph(getTranslation("proposal.stage.notShortlisted")));
        } else if (stage.isOutline()) {
            banner.add(new Paragraph(getTranslation("proposal.stage.outlineHelp", Times.format(stage.deadline(), getLocale()))));
        } else {
            banner.add(new Paragraph(getTranslation("proposal.stage.invited", Times.format(stage.deadline(), getLocale()))));
        }
        if (stage.feedback() != null) {
            Paragraph feedback = new Paragraph(getTranslation("proposal.stage.feedback", stage.feedback()));
            feedback.setId("proposal-feedback");
            banner.add(feedback);
        }
        return banner;
    }

    private void updateCountdown() {
        if (overview != null) {
            countdown.setText(ProposalUi.timeLeft(this, overview.closesAt(), clock.instant()));
            countdown.setClassName(ProposalUi.urgent(overview.closesAt(), clock.instant()) ? "cv-countdown-urgent" : "cv-countdown");
        }
    }

    /** The checklist, the progress and whether the lead can submit, from the server's current state. */
    void refreshChecklist() {
        if (submitSection == null || progress == null) {
            return; // read-only: no checklist
        }
        List<MissingItem> missing = drafts.missing(id);
        submitSection.show(missing);
        List<QuestionDef> asked = stage.questions().stream().map(questions::get).toList();
        int total = (stage.isOutline() ? OUTLINE_CHECKS : FIXED_CHECKS) + (int) asked.stream().filter(QuestionDef::required).count();
        progress.show(Math.max(0, total - missing.size()), total);
    }

    // ------------------------------------------------------------------ submission

    private void confirmSubmit() {
        save();
        if (conflict || overview == null) {
            return;
        }
        Confirm.of("proposal.submit.confirmTitle", getTranslation("proposal.submit.confirmText", overview.submissionVersion() + 1,
                        overview.challengeTitle(), Times.format(overview.closesAt(), getLocale())))
                .confirmText(overview.editing() ? "proposal.submit.resubmit" : "proposal.submit.button")
                .then(this::submitShowingBusy);
    }

    /**
     * Shows "Submitting…, please wait" on the disabled button first and submits in the next round trip, so
     * under load the applicant sees that the submission waits instead of a button that seems to do nothing.
     */
    private void submitShowingBusy() {
        if (submitSection != null) {
            submitSection.busy();
        }
        getElement().executeJs("return null").then(ignored -> doSubmit());
    }

    /** Submits the version the page holds; a second click finds it already submitted and is refused. */
    void doSubmit() {
        if (draft == null) {
            return;
        }
        try {
            SubmissionInfo receipt = submissions.submit(id, draft.getVersion());
            Notifications.success("proposal.submit.done", receipt.number(), receipt.contentHash().substring(0, 12));
            render();
        } catch (OptimisticLockingFailureException e) {
            showConflict();
        } catch (UserFacingException e) {
            if (submitSection != null) {
                submitSection.idle();
            }
            refreshChecklist();
            showErrors(List.of(getTranslation(e.messageKey(), e.params())));
            Notifications.error(e);
        }
    }

    // ------------------------------------------------------------------ autosave

    private void changed() {
        dirty = true;
        save();
    }

    /** Saves the page's draft; a stale version stops autosaving and asks to reload instead of overwriting. */
    void save() {
        if (!dirty || conflict || draft == null) {
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

    /** What the attachments report: the reasons a file was refused, or none once a file was accepted. */
    private void problems(List<String> messages) {
        if (!messages.isEmpty()) {
            showErrors(messages);
        } else if (!conflict) {
            errorSummary.setVisible(false);
        }
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
        poll = event.getUI().addPollListener(e -> updateCountdown());
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
}
