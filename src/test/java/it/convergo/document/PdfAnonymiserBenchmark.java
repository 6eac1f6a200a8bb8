package it.convergo.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.junit.jupiter.api.Test;

/**
 * What the blind path costs: inspecting and anonymising a 50-page annex with a photo per page (the general
 * page limit), as an evaluator's download does. Prints figures; never fails on a time. Run with
 * {@code ./mvnw -o test -Dtest=PdfAnonymiserBenchmark}.
 */
class PdfAnonymiserBenchmark {

    @Test
    void inspectAndAnonymiseAFiftyPageAnnex() throws IOException {
        byte[] annex = annex(50);
        PdfInspector inspector = new PdfInspector();
        var file = Files.createTempFile("annex", ".pdf");
        Files.write(file, annex);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            inspector.inspect(file, 20L * 1024 * 1024, 50);
            long t1 = System.nanoTime();
            byte[] blind = PdfAnonymiser.anonymise(annex);
            long t2 = System.nanoTime();
            System.out.printf("annex %,d bytes, 50 pages: inspect %d ms, anonymise %d ms -> %,d bytes%n",
                    annex.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, blind.length);
        }
        Files.delete(file);
    }

    private static byte[] annex(int pages) throws IOException {
        Random random = new Random(7);
        try (PDDocument doc = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage photo = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = photo.createGraphics();
                for (int k = 0; k < 200; k++) {
                    g.setColor(new Color(random.nextInt(0xFFFFFF)));
                    g.fillOval(random.nextInt(600), random.nextInt(400), 40, 40);
                }
                g.dispose();
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.drawImage(JPEGFactory.createFromImage(doc, photo), 72, 400, 450, 300);
                    out.beginText();
                    out.setFont(font, 10);
                    out.newLineAtOffset(72, 380);
                    for (int line = 0; line < 25; line++) {
                        out.showText("Work package " + (i + 1) + ", task " + line + ": integration, tests and validation.");
                        out.newLineAtOffset(0, -13);
                    }
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
