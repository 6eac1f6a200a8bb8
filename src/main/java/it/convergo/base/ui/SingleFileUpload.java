package it.convergo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file at a time. The file is streamed to a temporary file that the portal names (never after the
 * client's name, which may be too long for the file system or carry path characters), handed to the
 * receiver under the UI's lock and deleted afterwards, whatever happened. After every file, accepted or
 * refused, the list is emptied so the button works again and the next file is taken; every refusal reaches
 * the user in their language, including Vaadin's own texts.
 */
public class SingleFileUpload extends Upload {

    /** What the view does with a received file; throws {@link UserFacingException} to refuse it. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(String fileName, Path file);
    }

    /** Longest name most file systems accept, in bytes. */
    static final int MAX_NAME_BYTES = 255;
    /** Temporary files of uploads start with this; each is removed after its upload. */
    public static final String TEMP_PREFIX = "convergo-upload-";

    private static final Logger LOG = LoggerFactory.getLogger(SingleFileUpload.class);

    private final long maxBytes;
    private final Receiver receiver;
    private final SerializableConsumer<UserFacingException> onRefused;

    /**
     * @param acceptedTypes MIME types and extensions offered by the browser's file chooser (a hint only:
     *                      the receiver checks the content)
     */
    @SuppressWarnings("deprecation") // the client-side hint only; the newer API also refuses on the server without telling the user
    public SingleFileUpload(long maxBytes, Receiver receiver, SerializableConsumer<UserFacingException> onRefused,
            String... acceptedTypes) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.onRefused = onRefused;
        setUploadHandler(new TempFileHandler());
        setAcceptedFileTypes(acceptedTypes);
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setDropAllowed(true);
        addFileRejectedListener(e -> refuse(clientRefusal(e.getErrorMessage())));
        addAttachListener(e -> setI18n(texts()));
    }

    private long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /** The browser refused the file before sending it: too big, wrong type, or more than one. */
    private UserFacingException clientRefusal(String message) {
        UploadI18N.Error texts = texts().getError();
        if (texts.getFileIsTooBig().equals(message)) {
            return new UserFacingException("upload.error.tooBig", maxMegabytes());
        }
        if (texts.getIncorrectFileType().equals(message)) {
            return new UserFacingException("upload.error.wrongType");
        }
        return new UserFacingException("upload.error.tooMany");
    }

    private void refuse(UserFacingException e) {
        clearFileList();
        onRefused.accept(e);
    }

    /** Runs under the UI's lock with the received file (or the reason it was not received). */
    private void finish(String fileName, Path file, UserFacingException refusal) {
        try {
            if (refusal != null) {
                throw refusal;
            }
            receiver.receive(fileName, file);
            clearFileList();
        } catch (UserFacingException e) {
            refuse(e);
        } catch (RuntimeException e) {
            LOG.error("Upload of a file failed", e);
            refuse(new UserFacingException("upload.error.server"));
        }
    }

    static void checkName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || fileName.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20)) {
            throw new UserFacingException("upload.error.fileName");
        }
    }

    /** Copies at most {@code max} bytes; a longer stream is refused as too large. */
    private void copyAtMost(InputStream in, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in; OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new UserFacingException("upload.error.tooBig", maxMegabytes());
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private UploadI18N texts() {
        String tooBig = getTranslation("upload.error.tooBig", maxMegabytes());
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.error.tooMany"))
                        .setFileIsTooBig(tooBig).setIncorrectFileType(getTranslation("upload.error.wrongType")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start")).setRemove(getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining.prefix"))
                                .setUnknown(getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("upload.error.server"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(tooBig)));
    }

    /** Streams to a portal-named temporary file, then hands it over under the UI's lock; always deletes it. */
    private final class TempFileHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            Path file = null;
            UserFacingException refusal = null;
            try {
                checkName(fileName);
                file = Files.createTempFile(TEMP_PREFIX, ".tmp");
                copyAtMost(event.getInputStream(), file);
            } catch (UserFacingException e) {
                refusal = e;
            } catch (IOException e) {
                LOG.warn("Upload could not be received: {}", e.toString());
                refusal = new UserFacingException("upload.error.server");
            }
            try {
                Path received = file;
                UserFacingException reason = refusal;
                ui.accessSynchronously(() -> finish(fileName, received, reason));
            } finally {
                delete(file);
            }
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Temporary upload {} could not be deleted: {}", file, e.toString());
        }
    }
}
