package it.convergo.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser with its repair switched off: a missing or wrong {@code startxref}, a broken cross-reference
 * table or an object that is not where the table says make it fail instead of rebuilding the file by
 * scanning it. Every object of the table is read once, so damage anywhere is found now, not on first use.
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
