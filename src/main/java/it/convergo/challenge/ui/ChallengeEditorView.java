package it.convergo.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFiles;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The firm's challenge editor, in steps: basics, eligibility and rewards, access and dates, evaluation,
 * application form, publication (each step a section of its own). Limits show while typing; refusals appear
 * at the top and next to their fields.
 */
@Route("my-challenges/:id/edit")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ChallengeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int BASICS = 0;
    private static final int ELIGIBILITY = 1;
    private static final int ACCESS = 2;
    private static final int EVALUATION = 3;
    private static final int FORM = 4;
    /** Items of the publication checklist: the progress bar is full when none is missing. */
    private static final double CHECKLIST_ITEMS = 9.0;

    private final ChallengeEditor editor;
    private final Challenges challenges;
    private final ChallengeFiles files;
    private final ChallengePublishing publishing;
    private final Clock clock;
    private final FormMessages messages = new FormMessages();
    private final Span saved = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private EditorForm form;
    private TabSheet steps;
    private EligibilitySection eligibility;
    private AccessSection access;
    private CriteriaSection criteria;
    private FormSection applicationForm;
    private PublishingSection publication;
    private String title = "";

    ChallengeEditorView(ChallengeEditor editor, Challenges challenges, ChallengeFiles files,
                        ChallengePublishing publishing, Clock clock) {
        this.editor = editor;
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
            form = new EditorForm(editor.draft(id), challenges.view(id));
        } catch (NumberFormatException | UserFacingException e) {
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                    new Anchor("my-challenges", getTranslation("challenge.mine.back")));
            return;
        }
        title = form.draft.getTitle();
        build();
    }

    private void build() {
        Anchor back = new Anchor("my-challenges", getTranslation("challenge.mine.back"));
        back.addClassName("cv-breadcrumb");
        ChallengeStatus status = form.stored.status();
        HorizontalLayout state = new HorizontalLayout(ChallengeBadges.status(this, status, form.stored.closesAt(), clock), saved);
        state.setAlignItems(Alignment.CENTER);
        saved.addClassName("cv-ch-muted");
        progress.getElement().setAttribute("aria-label", getTranslation("challenge.editor.progress"));
        add(back, new H1(form.draft.getTitle()), state, progress, messages);

        eligibility = new EligibilitySection(form, ELIGIBILITY);
        access = new AccessSection(form, ACCESS, editor, new FilesPanel(form.draft.getId(), files, challenges, messages));
        // the two-stage call sits with the key dates it adds to
        access.add(new com.vaadin.flow.component.html.H3(getTranslation("challenge.editor.step.stages")),
                new StagesSection(form, ACCESS));
        criteria = new CriteriaSection(form, EVALUATION);
        applicationForm = new FormSection(form, FORM);
        publication = new PublishingSection(form, editor, publishing, this::save, messages);
        steps = new TabSheet();
        steps.setWidthFull();
        steps.add(getTranslation("challenge.editor.step.basics"), new BasicsSection(form, BASICS));
        steps.add(getTranslation("challenge.editor.step.eligibility"), eligibility);
        steps.add(getTranslation("challenge.editor.step.access"), access);
        steps.add(getTranslation("challenge.editor.step.evaluation"), criteria);
        steps.add(getTranslation("challenge.editor.step.form"), applicationForm);
        steps.add(getTranslation("challenge.editor.step.publish"), publication);
        add(steps);
        if (status == ChallengeStatus.DRAFT) {
            // a draft is saved quietly whenever the manager moves to another step (if what is there is valid)
            steps.addSelectedChangeListener(e -> {
                if (e.isFromClient() && form.binder.validate().isOk()) {
                    save();
                }
            });
        }

        Button save = new Button(getTranslation("challenge.editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("challenge-save");
        Anchor dashboard = new Anchor("my-challenges/" + form.draft.getId() + "/dashboard", getTranslation("challenge.mine.dashboard"));
        HorizontalLayout actions = new HorizontalLayout(save, dashboard);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("cv-ch-actions");
        add(actions);

        form.binder.readBean(form.draft);
        if (status == ChallengeStatus.CLOSED || status == ChallengeStatus.DECIDED) {
            form.binder.setReadOnly(true);
            save.setEnabled(false);
            messages.error("challenge.error.closedNoEdits");
        }
        refreshChecklist();
    }

    /**
     * Saves what every step shows. A refusal of the service appears at the top and next to its field, whose
     * step opens; a colleague's save in the meantime asks to reload. Tells whether it saved.
     */
    private boolean save() {
        messages.clear();
        form.clearMarks();
        ChallengeDraft draft = form.draft;
        try {
            form.binder.writeBean(draft);
            eligibility.writeTo(draft);
            access.writeTo(draft);
            criteria.writeTo(draft);
            applicationForm.writeTo(draft);
            editor.save(draft);
            saved.setText(getTranslation("challenge.editor.savedAt",
                    LocalDateTime.now(clock.withZone(Times.ROME)).format(DateTimeFormatter.ofPattern("HH:mm"))));
            refreshChecklist();
            return true;
        } catch (ValidationException e) {
            messages.error("challenge.editor.fixFields");
        } catch (UserFacingException e) {
            messages.error(e);
            form.mark(e).ifPresent(steps::setSelectedIndex);
        } catch (OptimisticLockingFailureException e) {
            messages.error("error.concurrentEdit");
            Notifications.error("error.concurrentEdit");
        }
        return false;
    }

    private void refreshChecklist() {
        List<String> missing = editor.missingForPublish(form.draft.getId());
        publication.showMissing(missing);
        progress.setValue(Math.max(0, 1.0 - missing.size() / CHECKLIST_ITEMS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.editor.pageTitle", title) + " · Convergo";
    }
}
