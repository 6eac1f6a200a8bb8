package it.convergo.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The two TrueType fonts of the portal's reports, parsed once and lent to one report at a time. Reading the
 * 1.4 MB of font files from the jar and parsing them cost more than the rest of a receipt together (about half
 * of a submission's own CPU at the deadline rush). A parsed font is not safe for two documents at once, so a
 * report takes a pair for its lifetime and gives it back; when none is free a new pair is parsed, and at most
 * {@link #KEPT} pairs are kept. A pair that is never given back (a failed report) is simply collected.
 */
final class ReportFonts {

    private static final int KEPT = 8;
    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    private static final ConcurrentLinkedQueue<Pair> FREE = new ConcurrentLinkedQueue<>();

    record Pair(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private ReportFonts() {
    }

    static Pair take() {
        Pair free = FREE.poll();
        return free != null ? free : new Pair(parse(REGULAR), parse(BOLD));
    }

    static void giveBack(Pair pair) {
        if (FREE.size() < KEPT) {
            FREE.offer(pair);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
