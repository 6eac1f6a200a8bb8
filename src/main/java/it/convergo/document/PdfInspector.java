package it.convergo.document;

import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file on the server before anything is stored: it must really be a PDF (not a renamed
 * file), readable, not encrypted, within the size and page limits, and free of active content
 * (JavaScript, launch actions, embedded files). Each refusal is a translated message saying why.
 */
@Component
public class PdfInspector {

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

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
        if (!startsLikePdf(file)) {
            throw new UserFacingException("document.error.notPdf");
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
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
            String active = activeContent(pdf.getDocument());
            if (active != null) {
                throw new UserFacingException(active);
            }
            return new PdfFacts(size, pages, Hashes.sha256(file));
        } catch (InvalidPasswordException e) {
            throw new UserFacingException("document.error.encrypted");
        } catch (IOException e) {
            throw new UserFacingException("document.error.corrupt");
        }
    }

    /**
     * Refuses a loaded PDF that carries JavaScript, launch actions or embedded files (for callers that run
     * their own size and page checks, such as the challenge brief).
     */
    public static void refuseActiveContent(PDDocument pdf) {
        String active = activeContent(pdf.getDocument());
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

    /** Looks at every object of the file, so actions hidden in annotations or form fields are found too. */
    private static String activeContent(COSDocument cos) {
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (!(base instanceof COSDictionary dict)) {
                continue;
            }
            COSName action = dict.getCOSName(COSName.S);
            if (JAVASCRIPT.equals(action) || dict.containsKey(JS)) {
                return "document.error.javascript";
            }
            if (LAUNCH.equals(action)) {
                return "document.error.launch";
            }
            if (EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE)) || dict.containsKey(EMBEDDED_FILES)
                    || dict.containsKey(COSName.EF)) {
                return "document.error.embeddedFile";
            }
        }
        return null;
    }

    private static boolean startsLikePdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
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
