package it.convergo.challenge;

import it.convergo.base.UserFacingException;
import it.convergo.document.Hashes;
import it.convergo.document.PdfInspector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks of the brief (a real, unencrypted PDF within size and page limits) and the cover (a PNG or JPEG
 * within size and pixel limits). Active content in the brief is refused by the shared {@link PdfInspector}.
 */
final class UploadChecks {

    private UploadChecks() {
    }

    /** The page count of a valid brief; throws a translated refusal otherwise. */
    static int checkPdf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("challenge.error.briefNotPdf");
        }
        if (bytes.length > ChallengeLimits.BRIEF_BYTES) {
            throw new UserFacingException("challenge.error.briefTooLarge", ChallengeLimits.BRIEF_BYTES / (1024 * 1024));
        }
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new UserFacingException("challenge.error.briefNotPdf");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new UserFacingException("challenge.error.briefEncrypted");
            }
            int pages = pdf.getNumberOfPages();
            if (pages < 1) {
                throw new UserFacingException("challenge.error.briefNotPdf");
            }
            if (pages > ChallengeLimits.BRIEF_PAGES) {
                throw new UserFacingException("challenge.error.briefPages", ChallengeLimits.BRIEF_PAGES);
            }
            PdfInspector.refuseActiveContent(pdf);
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UserFacingException("challenge.error.briefEncrypted");
        } catch (IOException e) {
            throw new UserFacingException("challenge.error.briefNotPdf");
        }
    }

    /** The content type ("image/png" or "image/jpeg") of a valid cover; throws a translated refusal otherwise. */
    static String checkImage(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("challenge.error.coverInvalid");
        }
        if (bytes.length > ChallengeLimits.COVER_BYTES) {
            throw new UserFacingException("challenge.error.coverTooLarge", ChallengeLimits.COVER_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserFacingException("challenge.error.coverInvalid");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            String type = switch (format) {
                case "png" -> "image/png";
                case "jpeg", "jpg" -> "image/jpeg";
                default -> throw new UserFacingException("challenge.error.coverInvalid");
            };
            reader.setInput(in);
            if (reader.getWidth(0) > ChallengeLimits.COVER_PIXELS || reader.getHeight(0) > ChallengeLimits.COVER_PIXELS) {
                throw new UserFacingException("challenge.error.coverPixels", ChallengeLimits.COVER_PIXELS);
            }
            BufferedImage image = reader.read(0);
            reader.dispose();
            if (image == null) {
                throw new UserFacingException("challenge.error.coverInvalid");
            }
            return type;
        } catch (IOException e) {
            throw new UserFacingException("challenge.error.coverInvalid");
        }
    }

    static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }

    /** A file name safe to send back in a download header. */
    static String safeName(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }
}
