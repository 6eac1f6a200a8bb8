package it.convergo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import it.convergo.base.UserFacingException;
import it.convergo.support.KaribuTest;
import it.convergo.support.Uploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a file can be refused leaves the upload empty and ready, says why, and leaves no temporary file. */
class SingleFileUploadTest extends KaribuTest {

    final List<String> refusals = new ArrayList<>();
    final List<Path> received = new ArrayList<>();
    SingleFileUpload upload;

    @BeforeEach
    void attach() {
        upload = new SingleFileUpload(10, (name, file) -> {
            received.add(file);
            assertThat(file.getParent()).as("no folder per upload").isEqualTo(tmp());
            assertThat(file.getFileName().toString()).as("named by the portal").startsWith(SingleFileUpload.TEMP_PREFIX)
                    .doesNotContain(name);
            String content = read(file);
            if (content.startsWith("fail")) {
                throw new IllegalStateException("database down");
            }
            if (!content.startsWith("ok")) {
                throw new UserFacingException("document.error.notPdf");
            }
        }, e -> refusals.add(t(e.messageKey(), e.params())), "application/pdf", ".pdf");
        UI.getCurrent().add(upload);
    }

    @Test
    void refusedFilesLeaveTheListAndTheNextOneIsTaken() throws IOException {
        List<String> before = temps();
        assertThat(Uploads.send(upload, "notes.pdf", "text".getBytes())).isTrue();
        assertThat(Uploads.send(upload, "big.pdf", "ok-but-too-big".getBytes())).isTrue();
        assertThat(Uploads.send(upload, "x".repeat(200) + "è".repeat(30) + ".pdf", "ok".getBytes())).isTrue();
        assertThat(Uploads.send(upload, "a/b.pdf", "ok".getBytes())).isTrue();
        assertThat(Uploads.send(upload, "crash.pdf", "fail".getBytes())).isTrue();
        assertThat(Uploads.send(upload, "good.pdf", "ok".getBytes())).isTrue();

        assertThat(refusals).containsExactly(t("document.error.notPdf"), t("upload.error.tooBig", 1),
                t("upload.error.fileName"), t("upload.error.fileName"), t("upload.error.server"));
        assertThat(received).hasSize(3).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(temps()).as("no temporary file or folder is left").isEqualTo(before);
    }

    @Test
    void refusalsOfTheBrowserAreTranslatedToo() {
        var texts = upload.getI18n().getError();
        BasicUtilsKt._fireEvent(upload, new FileRejectedEvent(upload, texts.getIncorrectFileType(), "x.txt"));
        BasicUtilsKt._fireEvent(upload, new FileRejectedEvent(upload, texts.getFileIsTooBig(), "x.pdf"));
        BasicUtilsKt._fireEvent(upload, new FileRejectedEvent(upload, texts.getTooManyFiles(), "y.pdf"));
        assertThat(refusals).containsExactly(t("upload.error.wrongType"), t("upload.error.tooBig", 1), t("upload.error.tooMany"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo(t("upload.add"));
        assertThat(upload.getI18n().getUploading().getError().getUnexpectedServerError()).isEqualTo(t("upload.error.server"));
        assertThat(upload.getMaxFiles()).isEqualTo(1);
    }

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The portal's temporary upload files (each upload's file sits directly in the temporary folder: see above). */
    private static List<String> temps() throws IOException {
        try (Stream<Path> entries = Files.list(tmp())) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(SingleFileUpload.TEMP_PREFIX)).sorted().toList();
        }
    }
}
