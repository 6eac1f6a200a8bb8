package it.convergo.document;

import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file on the server before anything is stored. Every upload is hostile until checked: it
 * must be a PDF from its first byte to its last (no renamed file, no polyglot with data before or after the
 * document), open with a strict parser (a file that only opens after the lenient parser's repair is
 * refused: stricter readers cannot open it), not be encrypted, stay within the size and page limits, and
 * carry nothing that runs, submits, launches, fetches, plays or embeds (see {@link ActiveContent}). Each
 * refusal is a translated message saying why.
 */
@Component
public class PdfInspector {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /**
     * @param file the upload, already streamed to a temporary file
     * @param maxBytes the size limit
     * @param maxPages the page limit, or 0 for none
     */
    public PdfFacts inspect(Path file, long maxBytes, int maxPages) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new UserFacingException("document.error.empty");
        }
        if (size > maxBytes) {
            throw new UserFacingException("document.error.tooLarge", megabytes(maxBytes));
        }
        byte[] bytes = read(file);
        int header = indexOf(bytes, HEADER, 0, Math.min(bytes.length, 1024));
        if (header < 0) {
            throw new UserFacingException("document.error.notPdf");
        }
        if (header > 0 || dataAfterEnd(bytes)) {
            throw new UserFacingException("document.error.polyglot");
        }
        try (PDDocument pdf = StrictPdfParser.load(bytes)) {
            if (pdf.isEncrypted()) {
                throw new UserFacingException("document.error.encrypted");
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UserFacingException("document.error.corrupt");
            }
            if (maxPages > 0 && pages > maxPages) {
                throw new UserFacingException("document.error.tooManyPages", pages, maxPages);
            }
            refuseActiveContent(pdf);
            return new PdfFacts(size, pages, Hashes.sha256(bytes));
        } catch (InvalidPasswordException e) {
            throw new UserFacingException("document.error.encrypted");
        } catch (StrictPdfParser.RepairNeeded e) {
            throw new UserFacingException("document.error.damaged");
        } catch (IOException e) {
            throw new UserFacingException("document.error.corrupt");
        }
    }

    /**
     * Refuses a loaded PDF that carries anything active (for callers that run their own size and page checks,
     * such as the challenge brief).
     */
    public static void refuseActiveContent(PDDocument pdf) {
        String active = ActiveContent.find(pdf.getDocument());
        if (active != null) {
            throw new UserFacingException(active);
        }
    }

    /** A name that is safe to store and to offer back in a download: no folders, no control characters. */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").trim();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            base = "document.pdf";
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base + ".pdf";
        }
        return base.length() <= 150 ? base : base.substring(0, 146) + ".pdf";
    }

    /** Only white space may follow the last end-of-file marker: anything else is a second file riding along. */
    private static boolean dataAfterEnd(byte[] bytes) {
        int end = lastIndexOf(bytes, EOF);
        if (end < 0) {
            return false;
        }
        for (int i = end + EOF.length; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = bytes.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, bytes / (1024 * 1024)));
    }
}
