package it.convergo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Rewrites a PDF for an evaluator of a blind challenge: the pages and what they show, nothing else. The
 * pages are copied into a new document, so everything that hangs off the old catalogue and trailer stays
 * behind by construction (document information, XMP, outlines, named destinations, name trees, embedded
 * files, JavaScript, open and additional actions, page labels, the structure tree, optional-content
 * configuration, the file identifier). Each page keeps only its boxes, rotation, resources and content;
 * form fields are first flattened into the page, so their visible values stay while their names and the
 * form go; every annotation is dropped. Below the page, every dictionary reached is cleaned: metadata
 * streams, page-piece data, OPI references, associated files, actions, structure keys and layer names go,
 * and marked-content properties in content streams lose their replacement texts (see {@link MarkedContent}).
 * What is kept is exactly what a reader draws. The list is documented in docs/security.md.
 */
public final class PdfAnonymiser {

    /** Page keys that describe what is drawn; everything else on a page is dropped. */
    private static final List<COSName> PAGE_KEYS = List.of(COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.BLEED_BOX,
            COSName.TRIM_BOX, COSName.ART_BOX, COSName.GROUP, COSName.getPDFName("UserUnit"));
    /** Keys removed from every dictionary below the pages: none of them changes what is drawn. */
    private static final List<COSName> DROPPED = List.of(COSName.METADATA, COSName.PIECE_INFO, COSName.AA,
            COSName.getPDFName("OPI"), COSName.getPDFName("AF"), COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS,
            COSName.LAST_MODIFIED, COSName.getPDFName("Alt"), COSName.getPDFName("ActualText"), COSName.E,
            COSName.getPDFName("ID"), COSName.getPDFName("Creator"), COSName.getPDFName("Author"));
    private static final Set<String> ACTION_TYPES = Set.of("GoTo", "GoToR", "GoToE", "GoToDp", "Launch", "Thread",
            "URI", "Sound", "Movie", "Hide", "Named", "SubmitForm", "ResetForm", "ImportData", "SetOCGState", "Rendition",
            "Trans", "GoTo3DView", "JavaScript", "RichMediaExecute");
    private static final Set<String> DETACHED_TYPES = Set.of("Catalog", "Pages", "Page", "Annot", "Action", "Filespec",
            "EmbeddedFile", "Outlines", "Metadata", "StructTreeRoot", "StructElem", "Sig");

    private PdfAnonymiser() {
    }

    /** The anonymised copy of a PDF that passed the upload checks (or that the portal generated). */
    public static byte[] anonymise(byte[] pdf) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument target = new PDDocument()) {
            flattenForm(source);
            Set<COSBase> detached = structure(source);
            for (PDPage page : source.getPages()) {
                target.addPage(new PDPage(pageOnly(page)));
            }
            for (PDPage page : target.getPages()) {
                clean(page.getCOSObject(), detached);
                MarkedContent.strip(page);
            }
            target.getDocument().getTrailer().removeItem(COSName.ID);
            target.getDocument().getTrailer().removeItem(COSName.INFO);
            target.setVersion(Math.max(1.5f, source.getVersion()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the fields' appearances into their pages; a form that cannot be flattened simply goes away. */
    private static void flattenForm(PDDocument source) {
        try {
            PDAcroForm form = source.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                form.getCOSObject().removeItem(COSName.getPDFName("XFA"));
                form.flatten();
            }
        } catch (IOException | RuntimeException e) {
            // the annotations are dropped below anyway: only the visible field values are lost
        }
    }

    /** The source's catalogue, information dictionary and page tree: never reachable from the copy. */
    private static Set<COSBase> structure(PDDocument source) {
        Set<COSBase> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.add(source.getDocumentCatalog().getCOSObject());
        set.add(source.getDocument().getTrailer());
        COSBase info = source.getDocument().getTrailer().getDictionaryObject(COSName.INFO);
        if (info != null) {
            set.add(info);
        }
        PDPageTree pages = source.getPages();
        set.add(pages.getCOSObject());
        for (PDPage page : pages) {
            COSDictionary node = page.getCOSObject();
            while (node != null && set.add(node)) {
                node = node.getCOSDictionary(COSName.PARENT);
            }
        }
        return set;
    }

    /** A new page dictionary with the page's boxes, rotation, resources and content (inherited values resolved). */
    private static COSDictionary pageOnly(PDPage page) {
        COSDictionary from = page.getCOSObject();
        COSDictionary to = new COSDictionary();
        to.setItem(COSName.TYPE, COSName.PAGE);
        for (COSName key : PAGE_KEYS) {
            if (from.containsKey(key)) {
                to.setItem(key, from.getItem(key));
            }
        }
        to.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
        to.setInt(COSName.ROTATE, page.getRotation());
        to.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
        if (from.containsKey(COSName.CONTENTS)) {
            to.setItem(COSName.CONTENTS, from.getItem(COSName.CONTENTS));
        }
        return to;
    }

    /**
     * Walks everything the new page reaches and removes what does not draw: the keys in {@link #DROPPED},
     * actions, and any way back into the old document's structure (a hostile resource could point there).
     */
    private static void clean(COSDictionary page, Set<COSBase> detached) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(page);
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject ref) {
                base = ref.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dict) {
                if (dict != page) {
                    DROPPED.forEach(dict::removeItem);
                }
                neutraliseLayerName(dict);
                for (COSName key : new ArrayList<>(dict.keySet())) {
                    COSBase value = dict.getDictionaryObject(key);
                    if (key.equals(COSName.PARENT) && dict == page) {
                        continue;
                    }
                    if (value != null && (detached.contains(value) || isDetachedType(value))) {
                        dict.removeItem(key);
                    } else {
                        todo.push(dict.getItem(key));
                    }
                }
            } else if (base instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    COSBase value = array.getObject(i);
                    if (value != null && (detached.contains(value) || isDetachedType(value))) {
                        array.remove(i);
                    } else {
                        todo.push(array.get(i));
                    }
                }
            }
        }
    }

    /** Document structure, annotations, actions, files and metadata: nothing a page's drawing refers to. */
    private static boolean isDetachedType(COSBase value) {
        if (!(value instanceof COSDictionary dict)) {
            return false;
        }
        COSName type = dict.getCOSName(COSName.TYPE);
        COSName action = dict.getCOSName(COSName.S);
        return type != null && DETACHED_TYPES.contains(type.getName())
                || action != null && ACTION_TYPES.contains(action.getName());
    }

    /** Optional-content groups keep their effect on drawing but lose their names, which a file can set freely. */
    private static void neutraliseLayerName(COSDictionary dict) {
        if (COSName.getPDFName("OCG").equals(dict.getCOSName(COSName.TYPE)) && dict.containsKey(COSName.NAME)) {
            dict.setItem(COSName.NAME, new COSString("layer"));
        }
    }
}
