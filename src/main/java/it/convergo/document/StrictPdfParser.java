package it.convergo.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser with its repair switched off, plus the checks a strict reader makes on the file's frame:
 * it ends with {@code startxref}, an offset and {@code %%EOF}; that offset points at a cross-reference table
 * or stream; every object of the table starts exactly where the table says. PDFBox's lenient parser would
 * silently rebuild a file that fails any of these by scanning it, so a file it opens may still be one that
 * other readers cannot. Every object is also read once, so damage anywhere is found now, not on first use.
 */
final class StrictPdfParser extends PDFParser {

    /** The file opens only after the lenient parser repaired it. */
    static final class RepairNeeded extends IOException {
        RepairNeeded(Throwable cause) {
            super(cause);
        }
    }

    private StrictPdfParser(byte[] bytes) throws IOException {
        super(new RandomAccessReadBuffer(bytes));
        setLenient(false);
    }

    /**
     * @throws RepairNeeded when only the lenient parser can open the file
     * @throws IOException when no parser can
     */
    static PDDocument load(byte[] bytes) throws IOException {
        StrictPdfParser parser = new StrictPdfParser(bytes);
        PDDocument doc = null;
        try {
            doc = parser.parse();
            checkFrame(bytes, doc.getDocument());
            parser.readEveryObject(doc.getDocument());
            return doc;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw e;
        } catch (IOException | RuntimeException strictFailure) {
            if (doc != null) {
                doc.close();
            }
            try (PDDocument repaired = Loader.loadPDF(bytes)) {
                repaired.getNumberOfPages();
            }
            throw new RepairNeeded(strictFailure);
        }
    }

    private static final Pattern TAIL = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF[\\s\\x00]*$");
    private static final Pattern OBJECT = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s+obj\\b");

    private static void checkFrame(byte[] bytes, COSDocument cos) throws IOException {
        String tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
        Matcher end = TAIL.matcher(tail.replace('\0', ' '));
        if (!end.find()) {
            throw new IOException("no startxref and %%EOF at the end");
        }
        long start = Long.parseLong(end.group(1));
        if (start <= 0 || start >= bytes.length) {
            throw new IOException("startxref outside the file");
        }
        String at = latin1(bytes, (int) start, (int) Math.min(bytes.length, start + 400));
        boolean table = at.startsWith("xref");
        boolean stream = OBJECT.matcher(at).lookingAt() && at.contains("/XRef");
        if (!table && !stream) {
            throw new IOException("startxref does not point at a cross-reference section");
        }
        for (Map.Entry<COSObjectKey, Long> entry : cos.getXrefTable().entrySet()) {
            long offset = entry.getValue() == null ? 0 : entry.getValue();
            if (offset <= 0) {
                continue;
            }
            if (offset >= bytes.length) {
                throw new IOException("object " + entry.getKey() + " outside the file");
            }
            Matcher object = OBJECT.matcher(latin1(bytes, (int) offset, (int) Math.min(bytes.length, offset + 40)));
            if (!object.lookingAt() || Long.parseLong(object.group(1)) != entry.getKey().getNumber()
                    || Integer.parseInt(object.group(2)) != entry.getKey().getGeneration()) {
                throw new IOException("object " + entry.getKey() + " is not where the table says");
            }
        }
    }

    private static String latin1(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private void readEveryObject(COSDocument cos) throws IOException {
        if (cos.isEncrypted()) {
            return;
        }
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null && dereferenceCOSObject(object) == null) {
                throw new IOException("object " + key + " cannot be read");
            }
        }
    }
}
