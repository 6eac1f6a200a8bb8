package it.convergo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A document people keep (receipt, evaluation summary, dossier): the portal's mark, a title, headings,
 * wrapped paragraphs, bordered tables and "page x of y" footers, in an embedded TrueType font so Italian
 * accents render and the text stays selectable and searchable.
 */
public final class PdfReport {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 60;
    private static final float CELL_SIZE = 9.5f;
    private static final float PADDING = 4;
    private static final float[] NAVY = {11 / 255f, 59 / 255f, 92 / 255f};

    private final PDDocument doc = new PDDocument();
    private final ReportFonts.Pair fonts = ReportFonts.take();
    private final PDFont regular;
    private final PDFont bold;
    private final String footerText;
    private PDPageContentStream out;
    private float y;

    private PdfReport(String title, String footerText) {
        this.footerText = footerText;
        try {
            regular = PDType0Font.load(doc, fonts.regular(), true);
            bold = PDType0Font.load(doc, fonts.bold(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor("Convergo");
            info.setCreator("Convergo");
            info.setCreationDate(Calendar.getInstance());
            newPage();
            drawMark();
            for (String line : wrap(title, bold, 18, WIDTH)) {
                ensure(24);
                text(line, bold, 18, MARGIN, y, NAVY);
                y -= 23;
            }
            y -= 5;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param footerText shown at the bottom left of every page, e.g. "Convergo · generated 3 Dec 2026" */
    public static PdfReport create(String title, String footerText) {
        return new PdfReport(title, footerText);
    }

    public PdfReport heading(String text) {
        ensure(40);
        y -= 8;
        write(() -> text(text, bold, 13, MARGIN, y, NAVY));
        y -= 20;
        return this;
    }

    public PdfReport paragraph(String text) {
        for (String line : wrap(text == null ? "" : text, regular, 10.5f, WIDTH)) {
            ensure(16);
            write(() -> text(line, regular, 10.5f, MARGIN, y, null));
            y -= 15;
        }
        y -= 6;
        return this;
    }

    /** A two-column table of labels and values. */
    public PdfReport facts(List<Map.Entry<String, String>> rows) {
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(List.of(r.getKey(), r.getValue() == null ? "" : r.getValue())));
        return table(null, cells, new float[] {0.32f, 0.68f});
    }

    /**
     * A bordered table; headers may be null. Long cells wrap; rows never split across pages. Header words
     * never break: columns narrower than their longest header word borrow width from the others, and when
     * even that cannot fit, the header font shrinks.
     */
    public PdfReport table(List<String> headers, List<List<String>> rows, float[] relativeWidths) {
        float[] widths = new float[relativeWidths.length];
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * relativeWidths[i] / total;
        }
        if (headers != null) {
            float headerSize = fitHeaders(headers, widths);
            row(headers, widths, bold, headerSize);
        }
        rows.forEach(r -> row(r, widths, regular, CELL_SIZE));
        y -= 10;
        return this;
    }

    /** Widens columns to their longest header word (adjusting {@code widths}); returns the header font size. */
    private float fitHeaders(List<String> headers, float[] widths) {
        float[] needed = new float[widths.length];
        float sum = 0;
        for (int i = 0; i < widths.length; i++) {
            for (String word : (i < headers.size() ? headers.get(i) : "").split("\\s+")) {
                needed[i] = Math.max(needed[i], widthOf(word, bold, CELL_SIZE) + 2 * PADDING + 1);
            }
            sum += needed[i];
        }
        if (sum > WIDTH) {
            // padding stays, the words shrink: scale the text so every column is exactly as wide as needed
            float padding = widths.length * (2 * PADDING + 1);
            float scale = (WIDTH - padding) / (sum - padding);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (needed[i] - 2 * PADDING - 1) * scale + 2 * PADDING + 1;
            }
            return CELL_SIZE * scale;
        }
        float missing = 0;
        float slack = 0;
        for (int i = 0; i < widths.length; i++) {
            missing += Math.max(0, needed[i] - widths[i]);
            slack += Math.max(0, widths[i] - needed[i]);
        }
        for (int i = 0; i < widths.length && missing > 0; i++) {
            widths[i] = widths[i] < needed[i] ? needed[i]
                    : widths[i] - (widths[i] - needed[i]) * missing / slack;
        }
        return CELL_SIZE;
    }

    private void row(List<String> cells, float[] widths, PDFont font, float size) {
        boolean header = font == bold;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> l = wrap(i < cells.size() ? cells.get(i) : "", font, size, widths[i] - 2 * PADDING);
            wrapped.add(l);
            lines = Math.max(lines, l.size());
        }
        float height = lines * 13 + 8;
        ensure(height);
        float top = y + 10;
        write(() -> {
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                if (header) {
                    out.setNonStrokingColor(0.91f, 0.94f, 0.97f);
                    out.addRect(x, top - height, widths[i], height);
                    out.fill();
                }
                out.setStrokingColor(0.62f, 0.68f, 0.74f);
                out.setLineWidth(0.6f);
                out.addRect(x, top - height, widths[i], height);
                out.stroke();
                float ty = top - 13;
                for (String line : wrapped.get(i)) {
                    text(line, font, size, x + PADDING, ty, null);
                    ty -= 13;
                }
                x += widths[i];
            }
        });
        y -= height;
    }

    public byte[] toBytes() {
        return toBytes(List.of());
    }

    /**
     * The report followed by other PDFs (a dossier's attachments). Footers are drawn last, once every page
     * exists, so "N / M" counts the whole file; appended pages are left exactly as they were uploaded.
     */
    public byte[] toBytes(List<byte[]> appendix) {
        List<PDDocument> sources = new ArrayList<>();
        try {
            out.close();
            int reportPages = doc.getNumberOfPages();
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] pdf : appendix) {
                PDDocument source = Loader.loadPDF(pdf);
                sources.add(source);
                merger.appendDocument(doc, source);
            }
            int count = doc.getNumberOfPages();
            for (int i = 0; i < reportPages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    String pageText = (i + 1) + " / " + count;
                    footer.setStrokingColor(0.8f, 0.84f, 0.88f);
                    footer.moveTo(MARGIN, 42);
                    footer.lineTo(MARGIN + WIDTH, 42);
                    footer.stroke();
                    drawText(footer, footerText, regular, 8, MARGIN, 30, null);
                    drawText(footer, pageText, regular, 8, MARGIN + WIDTH - regular.getStringWidth(pageText) / 1000 * 8, 30, null);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            ReportFonts.giveBack(fonts);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sources.forEach(PdfReport::close);
            close(doc);
        }
    }

    private static void close(PDDocument d) {
        try {
            d.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ drawing helpers

    private interface Drawing {
        void draw() throws IOException;
    }

    private void write(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float needed) {
        if (y - needed < BOTTOM) {
            write(() -> {
                out.close();
                newPage();
            });
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The Convergo mark: two chevrons meeting in a circle, drawn as vectors. */
    private void drawMark() throws IOException {
        float cx = MARGIN + 12;
        float cy = y - 4;
        out.setNonStrokingColor(NAVY[0], NAVY[1], NAVY[2]);
        circle(cx, cy, 12);
        out.fill();
        out.setLineWidth(2);
        out.setStrokingColor(0.95f, 0.65f, 0.25f);
        out.moveTo(cx - 7, cy + 5);
        out.lineTo(cx, cy);
        out.lineTo(cx - 7, cy - 5);
        out.stroke();
        out.setStrokingColor(0.49f, 0.78f, 0.85f);
        out.moveTo(cx + 7, cy + 5);
        out.lineTo(cx, cy);
        out.lineTo(cx + 7, cy - 5);
        out.stroke();
        text("Convergo", bold, 14, MARGIN + 30, cy - 5, NAVY);
        y -= 40;
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        out.moveTo(cx - r, cy);
        out.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        out.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        out.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        out.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
    }

    private void text(String s, PDFont font, float size, float x, float baseline, float[] rgb) throws IOException {
        drawText(out, s, font, size, x, baseline, rgb);
    }

    private static void drawText(PDPageContentStream stream, String s, PDFont font, float size, float x, float baseline,
                                 float[] rgb) throws IOException {
        stream.beginText();
        if (rgb != null) {
            stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            stream.setNonStrokingColor(0.1f, 0.12f, 0.15f);
        }
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable(s));
        stream.endText();
    }

    /** Tabs and control characters cannot be shown by a font; newlines are handled by {@link #wrap}. */
    private static String printable(String s) {
        return s.replace('\t', ' ').replaceAll("\\p{Cntrl}", "");
    }

    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                // a single word wider than the column (a hash, a URL) is cut where it must be
                String rest = word;
                while (widthOf(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String s, PDFont font, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return s.length() * size * 0.6f;
        }
    }
}
