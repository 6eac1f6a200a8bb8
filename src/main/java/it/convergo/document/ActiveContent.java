package it.convergo.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;

/**
 * Finds what a PDF would run, submit, launch, fetch or play, anywhere in its object graph: every object of
 * the cross-reference table (also those packed in object streams) and every dictionary nested in them, so
 * an action hidden in an annotation, a form field, a name tree or a direct dictionary is found too. Returns
 * the translation key of the first refusal reason.
 */
final class ActiveContent {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("JavaScript", "document.error.javascript"),
            Map.entry("Launch", "document.error.launch"),
            Map.entry("SubmitForm", "document.error.submitForm"),
            Map.entry("ImportData", "document.error.submitForm"),
            Map.entry("GoToR", "document.error.remoteLink"),
            Map.entry("GoToE", "document.error.remoteLink"),
            Map.entry("GoToDp", "document.error.remoteLink"),
            Map.entry("Rendition", "document.error.media"),
            Map.entry("Sound", "document.error.media"),
            Map.entry("Movie", "document.error.media"),
            Map.entry("RichMediaExecute", "document.error.media"),
            Map.entry("GoTo3DView", "document.error.media"));
    private static final Set<String> MEDIA = Set.of("RichMedia", "Sound", "Movie", "Screen", "3D");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName RICH_MEDIA_CONTENT = COSName.getPDFName("RichMediaContent");

    private ActiveContent() {
    }

    /** The refusal key, or null when the document carries nothing active. */
    static String find(COSDocument cos) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(cos.getTrailer());
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null) {
                todo.push(object);
            }
        }
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject ref) {
                base = ref.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dict) {
                String reason = check(dict);
                if (reason != null) {
                    return reason;
                }
                dict.getValues().stream().filter(Objects::nonNull).forEach(todo::push);
            } else if (base instanceof COSArray array) {
                array.forEach(item -> {
                    if (item != null) {
                        todo.push(item);
                    }
                });
            }
        }
        return null;
    }

    private static String check(COSDictionary dict) {
        String action = nameOf(dict.getDictionaryObject(COSName.S));
        if (dict.containsKey(JS) || dict.containsKey(COSName.JAVA_SCRIPT)) {
            return "document.error.javascript";
        }
        if (action != null && ACTIONS.containsKey(action)) {
            return ACTIONS.get(action);
        }
        if ("URI".equals(action) && !safeAddress(dict.getDictionaryObject(COSName.URI))) {
            return "document.error.remoteLink";
        }
        if ("Thread".equals(action) && dict.containsKey(COSName.F)) {
            return "document.error.remoteLink";
        }
        if (automaticUri(dict.getDictionaryObject(COSName.OPEN_ACTION))) {
            return "document.error.autoUri";
        }
        if (dict.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
            for (COSBase trigger : triggers.getValues()) {
                if (automaticUri(trigger)) {
                    return "document.error.autoUri";
                }
            }
        }
        if (dict.containsKey(XFA)) {
            return "document.error.xfa";
        }
        String type = nameOf(dict.getDictionaryObject(COSName.TYPE));
        String subtype = nameOf(dict.getDictionaryObject(COSName.SUBTYPE));
        if ("EmbeddedFile".equals(type) || "FileAttachment".equals(subtype) || dict.containsKey(EMBEDDED_FILES)
                || dict.containsKey(COSName.EF) || dict.containsKey(AF)) {
            return "document.error.embeddedFile";
        }
        boolean media = subtype != null && MEDIA.contains(subtype);
        if (media && ("Annot".equals(type) || dict.containsKey(COSName.RECT)) || "Sound".equals(type)
                || dict.containsKey(RICH_MEDIA_CONTENT)) {
            return "document.error.media";
        }
        return null;
    }

    /** A URI action that runs by itself (open action, additional action), also further down its /Next chain. */
    private static boolean automaticUri(COSBase action) {
        if (action == null) {
            return false;
        }
        Deque<COSBase> chain = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        chain.push(action);
        while (!chain.isEmpty()) {
            COSBase base = chain.pop();
            if (base instanceof COSObject ref) {
                base = ref.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSArray array) {
                array.forEach(item -> {
                    if (item != null) {
                        chain.push(item);
                    }
                });
            } else if (base instanceof COSDictionary dict) {
                if ("URI".equals(nameOf(dict.getDictionaryObject(COSName.S)))) {
                    return true;
                }
                if (dict.getDictionaryObject(COSName.NEXT) != null) {
                    chain.push(dict.getDictionaryObject(COSName.NEXT));
                }
            }
        }
        return false;
    }

    /** A link a reader follows only when clicked, to the web or an e-mail address; never a file or network path. */
    private static boolean safeAddress(COSBase uri) {
        if (!(uri instanceof COSString s)) {
            return false;
        }
        String address = s.getString().strip().toLowerCase(Locale.ROOT);
        return address.startsWith("https://") || address.startsWith("http://") || address.startsWith("mailto:");
    }

    private static String nameOf(COSBase base) {
        return base instanceof COSName name ? name.getName() : null;
    }
}
