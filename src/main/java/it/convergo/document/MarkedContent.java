package it.convergo.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Marked-content properties written inline in a content stream ({@code /Span <</ActualText (…)>> BDC}) can
 * carry text that is never drawn but that text extraction and screen readers return. This removes the
 * replacement, alternate and expansion texts from the page's content and from every form XObject it draws,
 * leaving every drawing operator as it was.
 */
final class MarkedContent {

    private static final List<COSName> TEXTS = List.of(COSName.getPDFName("ActualText"), COSName.getPDFName("Alt"),
            COSName.E, COSName.getPDFName("T"));

    private MarkedContent() {
    }

    static void strip(PDPage page) throws IOException {
        if (page.hasContents()) {
            List<Object> tokens = tokens(page);
            if (tokens != null && stripTokens(tokens)) {
                COSStream stream = new COSStream();
                write(stream, tokens);
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
            }
        }
        forms(page.getResources(), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void forms(PDResources resources, Set<COSStream> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                List<Object> tokens = tokens(form);
                if (tokens != null && stripTokens(tokens)) {
                    write(form.getCOSObject(), tokens);
                }
                forms(form.getResources(), seen);
            }
        }
    }

    /** The content's tokens, or null when it does not parse (it is then left as it is). */
    private static List<Object> tokens(PDContentStream content) {
        try {
            return new PDFStreamParser(content).parse();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean stripTokens(List<Object> tokens) {
        boolean changed = false;
        for (Object token : tokens) {
            if (token instanceof COSDictionary properties) {
                for (COSName key : TEXTS) {
                    if (properties.containsKey(key)) {
                        properties.removeItem(key);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    private static void write(COSStream stream, List<Object> tokens) throws IOException {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
    }
}
