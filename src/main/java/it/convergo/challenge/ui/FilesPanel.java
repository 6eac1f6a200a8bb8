package it.convergo.challenge.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.challenge.ChallengeFiles;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PDF brief and the cover image: what is stored now, and an upload for each (one file at a time). */
class FilesPanel extends VerticalLayout {

    private final long id;
    private final Challenges challenges;
    private final FormMessages messages;
    private final Span briefInfo = new Span();
    private final Span coverInfo = new Span();

    FilesPanel(long id, ChallengeFiles files, Challenges challenges, FormMessages messages) {
        this.id = id;
        this.challenges = challenges;
        this.messages = messages;
        setPadding(false);
        // the check and the save run under the UI's lock, the temporary file is then removed
        Upload brief = new SingleFileUpload(ChallengeLimits.BRIEF_BYTES,
                (name, file) -> uploaded(() -> files.uploadBrief(id, name, read(file))), messages::error,
                "application/pdf", ".pdf");
        Upload cover = new SingleFileUpload(ChallengeLimits.COVER_BYTES,
                (name, file) -> uploaded(() -> files.uploadCover(id, name, read(file))), messages::error,
                "image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        refresh();
        add(new H3(getTranslation("challenge.editor.brief")), new Paragraph(getTranslation("challenge.editor.brief.help",
                        ChallengeLimits.BRIEF_BYTES / (1024 * 1024), ChallengeLimits.BRIEF_PAGES)), briefInfo, brief,
                new H3(getTranslation("challenge.editor.cover")), new Paragraph(getTranslation("challenge.editor.cover.help",
                        ChallengeLimits.COVER_BYTES / (1024 * 1024))), coverInfo, cover);
    }

    /** Stores an uploaded file; a refusal propagates to the upload, which shows it and takes the next file. */
    private void uploaded(Runnable upload) {
        upload.run();
        messages.success("challenge.editor.uploaded");
        refresh();
    }

    private void refresh() {
        ChallengeView current = challenges.view(id);
        briefInfo.setText(current.brief() == null ? getTranslation("challenge.editor.noFile")
                : getTranslation("challenge.editor.briefInfo", current.brief().fileName(), current.brief().pages(),
                Math.max(1, current.brief().sizeBytes() / 1024)));
        coverInfo.setText(getTranslation(current.hasCover() ? "challenge.editor.coverPresent" : "challenge.editor.noFile"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
