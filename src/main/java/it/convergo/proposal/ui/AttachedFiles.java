package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.proposal.AttachedFile;
import it.convergo.proposal.ProposalLimits;
import it.convergo.proposal.ProposalUploads;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The PDFs of the working copy: one block per PDF question of the form and one for general attachments, each
 * with its files and an upload. Files are checked on the server; a refusal is shown with its reason and the
 * upload takes the next file.
 */
final class AttachedFiles extends Div {

    private final ProposalUploads uploads;
    private final long proposalId;
    private final List<QuestionDef> questions;
    /** The positions of the questions this stage asks: an outline offers no upload for the full form's PDFs. */
    private final List<Integer> asked;
    /** Told after a file was added or removed (the checklist changes). */
    private final Runnable changed;
    /** Told the reasons of a refused file; called with an empty list once a file was accepted. */
    private final Consumer<List<String>> problems;
    /** The toast of the last refused file, closed when a valid one is accepted. */
    private @Nullable Notification refusal;

    AttachedFiles(ProposalUploads uploads, long proposalId, List<QuestionDef> questions, List<Integer> asked, Runnable changed,
                  Consumer<List<String>> problems) {
        this.uploads = uploads;
        this.proposalId = proposalId;
        this.questions = questions;
        this.asked = asked;
        this.changed = changed;
        this.problems = problems;
        refresh();
    }

    void refresh() {
        removeAll();
        List<AttachedFile> files = uploads.files(proposalId);
        Locale locale = getLocale();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDef q = questions.get(i);
            if (q.type() != QuestionType.PDF_UPLOAD || !asked.contains(i)) {
                continue;
            }
            int pos = i;
            Div block = new Div(new Span(q.label(locale) + (q.required() ? " *" : "")));
            block.addClassName("cv-proposal-fileblock");
            if (q.maxPages() != null) {
                Span limit = new Span(getTranslation("proposal.files.pageLimit", q.maxPages()));
                limit.addClassName("cv-help");
                block.add(limit);
            }
            files.stream().filter(f -> f.questionPos() == pos).forEach(f -> block.add(line(f)));
            block.add(upload(pos));
            add(block);
        }
        Div general = new Div(new Span(getTranslation("proposal.files.general", ProposalLimits.GENERAL_FILES)));
        general.addClassName("cv-proposal-fileblock");
        files.stream().filter(f -> f.questionPos() < 0).forEach(f -> general.add(line(f)));
        general.add(upload(null));
        add(general);
    }

    private Component line(AttachedFile f) {
        Anchor name = ProposalUi.download(f.fileName(), () -> uploads.myFile(proposalId, f.id()));
        Span facts = new Span(getTranslation("proposal.files.facts", f.pages(), ProposalUi.size(f.sizeBytes())));
        facts.addClassName("cv-proposal-filefacts");
        Button remove = new Button(getTranslation("proposal.files.remove"), VaadinIcon.TRASH.create(), e -> {
            uploads.removeFile(proposalId, f.id());
            refresh();
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div line = new Div(VaadinIcon.FILE_TEXT_O.create(), name, facts, remove);
        line.addClassName("cv-proposal-file");
        return line;
    }

    private Upload upload(@Nullable Integer pos) {
        // one file at a time, streamed to a temporary file (never held in memory) and deleted after the check
        Upload upload = new SingleFileUpload(uploads.maxFileBytes(), (name, file) -> accept(pos, name, file),
                this::refused, "application/pdf", ".pdf");
        upload.addClassName("cv-proposal-upload");
        upload.setId("proposal-upload-" + (pos == null ? "general" : pos));
        return upload;
    }

    /** Called with the uploaded file in a temporary file; a refusal is thrown as a {@link UserFacingException}. */
    void accept(@Nullable Integer pos, String fileName, Path temp) {
        AttachedFile f = uploads.upload(proposalId, pos, fileName, temp);
        problems.accept(List.of()); // an earlier refusal no longer applies
        closeRefusal();
        Notifications.success("proposal.files.uploaded", f.fileName(), f.pages(), ProposalUi.size(f.sizeBytes()));
        refresh();
        changed.run();
    }

    private void refused(UserFacingException e) {
        problems.accept(List.of(getTranslation(e.messageKey(), e.params())));
        closeRefusal();
        refusal = Notifications.error(e);
    }

    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }
}
