package it.convergo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfReportTest {

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
}
