package it.convergo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    /** The parsed fonts are lent to one report at a time: many reports, in turn and at once, each complete. */
    @Test
    void fontsLentToManyReportsInTurnAndAtOnceEmbedEveryGlyph() throws Exception {
        List<String> words = List.of("perché", "università", "Größe", "città", "ÆØÅ", "attività");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                String word = words.get(i % words.size()) + " " + i;
                texts.add(pool.submit(() -> String.join("\n", TestPdfs.lines(PdfReport.create("Ricevuta " + word, "Convergo")
                        .heading(word).paragraph("Testo in grassetto e normale: " + word).toBytes()))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Ricevuta " + words.get(i % words.size()) + " " + i,
                        "Testo in grassetto e normale: " + words.get(i % words.size()) + " " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void italianTextIsEmbeddedSelectableAndPaginated() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of("allegato-" + i + ".pdf", "1,2 MB", "3f1a2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70" + i));
        }
        byte[] bytes = PdfReport.create("Ricevuta di invio della proposta", "Convergo · generata il 29 nov 2026")
                .heading("Perché è importante")
                .paragraph("La proposta è stata ricevuta: l'università, la città e l'attività sono salve. Però più righe andranno a capo.")
                .facts(List.of(Map.entry("Sfida", "Manutenzione predittiva – linee di stampaggio"),
                        Map.entry("Inviata il", "31 gen 2027, 17:00 CET")))
                .table(List.of("File", "Dimensione", "SHA-256"), rows, new float[] {3, 1.2f, 6})
                .toBytes();

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ricevuta di invio della proposta");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        String text = String.join("\n", TestPdfs.lines(bytes));
        assertThat(text).contains("Perché è importante", "l'università, la città e l'attività", "Manutenzione predittiva",
                "allegato-79.pdf", "1 / ");
    }

    @Test
    void headerWordsAreNeverSplitAndALongTitleWrapsInsideThePage() throws IOException {
        String title = "Valutazione della proposta per la manutenzione predittiva delle linee di stampaggio "
                + "a freddo nello stabilimento di Brescia, seconda edizione riveduta";
        List<List<String>> rows = List.of(List.of("Innovazione", "4,5 / 5", "3", "2", "Buona proposta."));
        byte[] bytes = PdfReport.create(title, "Convergo")
                .table(List.of("Criterio", "Punteggio", "Soglia", "Peso", "Commenti"), rows, new float[] {2.2f, 1.2f, 1.1f, 0.9f, 6})
                .table(List.of("File", "Dimensione", "Pagine", "SHA-256"), List.of(List.of("a.pdf", "1,2 MB", "3",
                        "3f1a2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70")), new float[] {0.3f, 0.13f, 0.1f, 0.47f})
                .table(List.of("Identificativo", "Organizzazione", "Responsabilità", "Rendicontazione", "Dimensione",
                        "Punteggio", "Graduatoria", "Valutazione"), List.of(), new float[] {1, 1, 1, 1, 1, 1, 1, 1})
                .toBytes();

        List<String> words = new ArrayList<>();
        TestPdfs.lines(bytes).forEach(l -> words.addAll(List.of(l.trim().split("\\s+"))));
        assertThat(words).contains("Punteggio", "Dimensione", "Commenti", "Pagine", "Responsabilità",
                "Rendicontazione", "Organizzazione", "Identificativo", "Graduatoria", "Valutazione");
        assertThat(words).contains("riveduta", "Brescia,");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            float pageWidth = pdf.getPage(0).getMediaBox().getWidth();
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
                }
            };
            stripper.getText(pdf);
            assertThat(rightmost[0]).as("no text runs off the page").isLessThanOrEqualTo(pageWidth - 40);
        }
    }

    @Test
    void footerCountsEveryPageOnceTheyAllExist() throws IOException {
        PdfReport report = PdfReport.create("Rapporto", "Convergo");
        for (int i = 0; i < 60; i++) {
            report.paragraph("Paragrafo numero " + i);
        }
        byte[] twoPages = report.toBytes();
        try (PDDocument pdf = Loader.loadPDF(twoPages)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        List<String> lines = TestPdfs.lines(twoPages).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertThat(String.join("\n", lines)).contains("1 / 2");
        assertThat(lines.getLast()).endsWith("2 / 2");

        byte[] withAppendix = PdfReport.create("Dossier", "Convergo").paragraph("Risposte")
                .toBytes(List.of(TestPdfs.pdf(2, "Allegato")));
        try (PDDocument pdf = Loader.loadPDF(withAppendix)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(String.join("\n", TestPdfs.lines(withAppendix))).contains("1 / 3", "Allegato - page 2")
                .doesNotContain("1 / 1");
    }
}
