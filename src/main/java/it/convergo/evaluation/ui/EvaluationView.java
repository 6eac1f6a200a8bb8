package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Downloads;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.progress.EvaluatorInbox;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.scoring.AnonymityReports;
import it.convergo.evaluation.scoring.DeclarationSubject;
import it.convergo.evaluation.scoring.EvaluationForm;
import it.convergo.base.ui.Badge;
import it.convergo.evaluation.scoring.ReviewQuality;
import it.convergo.evaluation.scoring.ReviewRatings;
import it.convergo.evaluation.scoring.ScoringService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One proposal for one evaluator: confidentiality and conflict-of-interest first, then the proposal beside
 * the score sheet; after submission the other panel members' scores become visible.
 */
@Route("evaluate/:proposalId")
@RolesAllowed(Role.EVALUATOR_NAME)
class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final EvaluatorInbox inbox;
    private final AnonymityReports anonymity;
    private final ReviewRatings ratings;
    private final PanelQuestions questions;
    private final Clock clock;
    private long proposalId;
    private long version = -1;
    private String title = "";

    EvaluationView(ScoringService scoring, EvaluatorInbox inbox, AnonymityReports anonymity, ReviewRatings ratings,
                   PanelQuestions questions, Clock clock) {
        this.questions = questions;
        this.ratings = ratings;
        this.scoring = scoring;
        this.inbox = inbox;
        this.anonymity = anonymity;
        this.clock = clock;
        addClassName("cv-evaluation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "proposalId", id -> {
            proposalId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        InboxItem item = inbox.item(proposalId);
        title = item.proposalTitle();
        Anchor back = new Anchor("evaluate", getTranslation("evaluation.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(item.proposalTitle()), new Paragraph(getTranslation("evaluation.header", item.challengeTitle(),
                Times.format(item.dueAt(), getLocale()))));
        switch (item.step()) {
            case DECLARE -> declaration(item);
            case CONFLICT -> add(card(new Paragraph(getTranslation("evaluation.conflict.done"))));
            default -> scoringForm();
        }
    }

    private void declaration(InboxItem item) {
        if (!scoring.hasAcceptedConfidentiality(item.challengeId())) {
            Button accept = new Button(getTranslation("evaluation.confidentiality.accept"), e -> {
                scoring.acceptConfidentiality(item.challengeId());
                render();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(card(new H2(getTranslation("evaluation.confidentiality.title")),
                    new Paragraph(getTranslation("evaluation.confidentiality.text", item.challengeTitle())), accept));
            return;
        }
        DeclarationSubject subject = scoring.declarationSubject(proposalId);
        String areas = subject.areas().stream().map(a -> getTranslation(a.labelKey())).sorted().collect(Collectors.joining(", "));
        Div who = new Div();
        who.setId("conflict-applicant");
        if (subject.blind()) {
            who.add(new Paragraph(getTranslation("evaluation.conflict.blind")),
                    new Fact(getTranslation("evaluation.conflict.topic"), subject.title()));
            if (!areas.isEmpty()) {
                who.add(new Fact(getTranslation("evaluation.conflict.areas"), areas));
            }
        } else {
            who.add(new Fact(getTranslation("evaluation.conflict.applicant"), subject.organisation()));
            if (!subject.lead().isBlank()) {
                who.add(new Fact(getTranslation("evaluation.conflict.lead"), subject.lead()));
            }
            if (!subject.team().isBlank()) {
                who.add(new Fact(getTranslation("evaluation.conflict.team"), subject.team()));
            }
        }
        // declaring no conflict opens the proposal and moves the workflow on: it cannot be undone, so it is confirmed
        String confirmText = subject.blind() ? getTranslation("evaluation.conflict.noneConfirmBlind", subject.title())
                : getTranslation("evaluation.conflict.noneConfirm", subject.organisation());
        Button none = new Button(getTranslation("evaluation.conflict.none"), e ->
                Confirm.of("evaluation.conflict.none", confirmText).then(() -> declare(false, null)));
        none.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = CountedText.area(getTranslation("evaluation.conflict.reason"), EvaluationLimits.CONFLICT_REASON);
        Button conflict = new Button(getTranslation("evaluation.conflict.declare"), e ->
                Confirm.of("evaluation.conflict.declare", getTranslation("evaluation.conflict.confirm")).dangerous()
                        .then(() -> declare(true, reason.getValue())));
        conflict.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(card(new H2(getTranslation("evaluation.conflict.title")), who,
                new Paragraph(getTranslation(subject.blind() ? "evaluation.conflict.textBlind" : "evaluation.conflict.text")),
                none, new Paragraph(getTranslation("evaluation.conflict.or")), reason, conflict));
    }

    /** Shown again whatever the answer: a refusal (told by the error handler) re-enables the buttons. */
    private void declare(boolean conflict, @Nullable String reason) {
        try {
            scoring.declare(proposalId, conflict, reason);
            Notifications.success(conflict ? "evaluation.conflict.recorded" : "evaluation.conflict.cleared");
        } finally {
            render();
        }
    }

    private void scoringForm() {
        EvaluationForm form = scoring.form(proposalId);
        version = form.sheetVersion();
        ProposalReader reader = new ProposalReader(form.content(), form.blind(),
                fileId -> Downloads.pdf(() -> scoring.file(proposalId, fileId), "proposal-" + proposalId + "-" + fileId + ".pdf"),
                Downloads.pdf(() -> scoring.dossier(proposalId), "proposal-" + proposalId + ".pdf"));
        if (form.blind()) {
            reader.add(anonymityReport());
        }
        reader.add(new QuestionsSection(questions, clock, proposalId));
        SheetEditor editor = new SheetEditor(form.criteria(), form.sheet(), true, !form.submitted());
        Div sheet = new Div(new H2(getTranslation(form.submitted() ? "evaluation.sheet.submittedTitle" : "evaluation.sheet.title")));
        sheet.addClassNames("cv-card", "cv-sheet-card");
        Span saved = new Span();
        saved.addClassName("cv-saved");
        sheet.add(editor);
        if (form.submitted()) {
            sheet.add(new Paragraph(getTranslation("evaluation.sheet.locked")),
                    new Anchor("consensus/" + proposalId, getTranslation("evaluation.consensus.open")));
            ratings.mine(proposalId).ifPresent(q -> sheet.add(new Badge(getTranslation("evaluation.quality.yours",
                    getTranslation(q.labelKey())), q == ReviewQuality.POOR ? Badge.Tone.WARNING : Badge.Tone.INFO)));
            if (!form.peers().isEmpty()) {
                sheet.add(new H2(getTranslation("evaluation.peers.title")), peers(form));
            }
        } else {
            Button save = new Button(getTranslation("evaluation.sheet.save"), e -> {
                version = scoring.saveDraft(proposalId, editor.value(), version);
                saved.setText(getTranslation("evaluation.sheet.saved",
                        DateTimeFormatter.ofPattern("HH:mm").withZone(Times.ROME).format(clock.instant())));
            });
            Button submit = new Button(getTranslation("evaluation.sheet.submit"), e -> confirmSubmit(editor));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sheet.add(new HorizontalLayout(save, submit, saved));
        }
        Div columns = new Div(reader, sheet);
        columns.addClassName("cv-two-columns");
        add(columns);
    }

    /** In a blind challenge: the way to tell the firm that the proposal's own text names the applicant. */
    private Div anonymityReport() {
        Div box = new Div();
        box.addClassName("cv-anonymity");
        var reported = anonymity.myReport(proposalId);
        if (reported.isPresent()) {
            box.add(new Paragraph(getTranslation("evaluation.anonymity.reported", Times.format(reported.get(), getLocale()))));
            return box;
        }
        Button open = new Button(getTranslation("evaluation.anonymity.report"), e -> openAnonymityDialog());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(new Paragraph(getTranslation("evaluation.anonymity.hint")), open);
        return box;
    }

    private void openAnonymityDialog() {
        Dialog dialog = new Dialog(getTranslation("evaluation.anonymity.title"));
        TextArea note = new TextArea(getTranslation("evaluation.anonymity.note"));
        note.setMaxLength(EvaluationLimits.ANONYMITY_NOTE);
        note.setHelperText(getTranslation("evaluation.anonymity.noteHelp"));
        note.setWidthFull();
        Button send = new Button(getTranslation("evaluation.anonymity.send"), e -> {
            anonymity.report(proposalId, note.getValue());
            dialog.close();
            Notifications.success("evaluation.anonymity.sent");
            render();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("evaluation.anonymity.text")), note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void confirmSubmit(SheetEditor editor) {
        Confirm.of("evaluation.sheet.submit", getTranslation("evaluation.sheet.confirm")).then(() -> {
            scoring.submit(proposalId, editor.value(), version);
            Notifications.success("evaluation.sheet.submitted");
            render();
        });
    }

    private Grid<Integer> peers(EvaluationForm form) {
        Grid<Integer> grid = new Grid<>();
        grid.addColumn(i -> form.criteria().get(i).name()).setHeader(getTranslation("esr.criterion"));
        grid.addColumn(i -> form.sheet().scores().get(i) == null ? "" : ScoreText.of(form.sheet().scores().get(i), getLocale()))
                .setHeader(getTranslation("evaluation.peers.you"));
        for (EvaluationForm.PeerSheet peer : form.peers()) {
            grid.addColumn(i -> peer.sheet().scores().get(i) == null ? "" : ScoreText.of(peer.sheet().scores().get(i), getLocale()))
                    .setHeader(getTranslation("evaluation.peers.other", peer.number()));
        }
        grid.setItems(java.util.stream.IntStream.range(0, form.criteria().size()).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div card(com.vaadin.flow.component.Component... content) {
        Div card = new Div(content);
        card.addClassNames("cv-card", "cv-page-narrow");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
