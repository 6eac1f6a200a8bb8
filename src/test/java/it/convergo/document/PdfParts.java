package it.convergo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Low-level pieces for the hostile corpus: raw PDF objects, annotations, and byte surgery on saved files. */
final class PdfParts {

    private PdfParts() {
    }

    static void append(PDDocument doc, PDPage page, String content) throws IOException {
        PDStream extra = new PDStream(doc);
        try (OutputStream out = extra.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        COSArray contents = new COSArray();
        contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        contents.add(extra.getCOSObject());
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    static COSDictionary js() {
        return dict("S", COSName.getPDFName("JavaScript"), "JS", "app.launchURL('https://evil.example')");
    }

    static COSDictionary annotation(String subtype, Object... keyValues) {
        COSDictionary d = dict(keyValues);
        d.setItem(COSName.TYPE, COSName.ANNOT);
        d.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
        d.setItem(COSName.RECT, rect(72, 200, 172, 220));
        return d;
    }

    static void annotate(PDPage page, Object annotation) {
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annots);
        }
        annots.add(cos(annotation));
    }

    static COSDictionary dict(Object... keyValues) {
        COSDictionary d = new COSDictionary();
        for (int i = 0; i < keyValues.length; i += 2) {
            d.setItem(COSName.getPDFName((String) keyValues[i]), cos(keyValues[i + 1]));
        }
        return d;
    }

    static COSArray array(Object... values) {
        COSArray a = new COSArray();
        for (Object v : values) {
            a.add(cos(v));
        }
        return a;
    }

    static COSBase cos(Object value) {
        return switch (value) {
            case String s -> new COSString(s);
            case COSBase b -> b;
            case org.apache.pdfbox.pdmodel.common.COSObjectable o -> o.getCOSObject();
            default -> throw new IllegalArgumentException(String.valueOf(value));
        };
    }

    static COSArray rect(float x1, float y1, float x2, float y2) {
        return new PDRectangle(x1, y1, x2 - x1, y2 - y1).getCOSArray();
    }

    static void protect(PDDocument doc, String userPassword) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
    }

    static byte[] replaceStartxref(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        String tail = text.substring(at).replaceFirst("startxref\\s+\\d+", "startxref\n" + (pdf.length / 3));
        return (text.substring(0, at) + tail).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] shifted(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int firstObject = text.indexOf(" 0 obj");
        int lineStart = text.lastIndexOf('\n', firstObject) + 1;
        return (text.substring(0, lineStart) + "% ".repeat(40) + "\n" + text.substring(lineStart)).getBytes(StandardCharsets.ISO_8859_1);
    }

    static int lastIndexOf(byte[] bytes, String what) {
        return new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(what);
    }

    static byte[] zipBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("payload.js"));
            zip.write("WScript.Echo(1)".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] exe() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
