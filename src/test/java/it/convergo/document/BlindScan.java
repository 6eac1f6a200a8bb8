package it.convergo.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Looks for identity terms in every byte that leaves for an evaluator: the raw bytes; for a PDF also every
 * string and name of every object, every stream after decompression (as Latin-1, UTF-8 and UTF-16) and the
 * extracted page text; for a ZIP every entry name and, recursively, every entry. Matching ignores case and
 * runs of white space, so "Anna\nConti" is found as "Anna Conti".
 */
public final class BlindScan {

    private BlindScan() {
    }

    /** The terms found anywhere in the bytes (empty: nothing leaks). */
    public static Set<String> leaks(byte[] bytes, Collection<String> terms) {
        String haystack = normalise(textOf(bytes));
        Set<String> found = new TreeSet<>();
        for (String term : terms) {
            if (term != null && !term.isBlank() && haystack.contains(normalise(term))) {
                found.add(term);
            }
        }
        return found;
    }

    public static Set<String> leaks(String text, Collection<String> terms) {
        return leaks(text.getBytes(StandardCharsets.UTF_8), terms);
    }

    private static String textOf(byte[] bytes) {
        StringBuilder all = new StringBuilder();
        all.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n')
                .append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
        if (startsWith(bytes, "PK")) {
            zip(bytes, all);
        } else if (new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            pdf(bytes, all);
        }
        return all.toString();
    }

    private static void zip(byte[] bytes, StringBuilder all) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(e.getName()).append('\n').append(e.getComment() == null ? "" : e.getComment()).append('\n');
                all.append(textOf(zip.readAllBytes())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pdf(byte[] bytes, StringBuilder all) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            all.append(new PDFTextStripper().getText(doc)).append('\n');
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                collect(object == null ? null : object.getObject(), all, 0);
            }
            collect(doc.getDocument().getTrailer(), all, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(COSBase base, StringBuilder all, int depth) {
        if (base == null || depth > 12) {
            return;
        }
        switch (base) {
            case COSString s -> all.append(s.getString()).append('\n')
                    .append(new String(s.getBytes(), StandardCharsets.ISO_8859_1)).append('\n');
            case COSName n -> all.append(n.getName()).append('\n');
            case COSArray a -> a.forEach(x -> collect(x instanceof COSObject ? null : x, all, depth + 1));
            case COSDictionary d -> {
                d.entrySet().forEach(e -> {
                    all.append(e.getKey().getName()).append('\n');
                    collect(e.getValue() instanceof COSObject ? null : e.getValue(), all, depth + 1);
                });
                if (d instanceof COSStream stream) {
                    decoded(stream, all);
                }
            }
            default -> { }
        }
    }

    private static void decoded(COSStream stream, StringBuilder all) {
        try (InputStream in = stream.createInputStream()) {
            byte[] data = in.readAllBytes();
            all.append(new String(data, StandardCharsets.ISO_8859_1)).append('\n')
                    .append(new String(data, StandardCharsets.UTF_8)).append('\n')
                    .append(new String(data, StandardCharsets.UTF_16BE)).append('\n')
                    .append(new String(data, StandardCharsets.UTF_16LE)).append('\n');
        } catch (IOException e) {
            // a stream that cannot be decoded is scanned raw above
            all.append('\n');
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
