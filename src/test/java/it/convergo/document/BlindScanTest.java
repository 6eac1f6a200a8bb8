package it.convergo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The scan itself finds what it must: compressed XMP, UTF-16 strings, names split by line breaks, ZIP entries. */
class BlindScanTest {

    @Test
    void findsIdentityInCompressedStreamsUtf16StringsAndZips() throws IOException {
        byte[] xmp = TestPdfs.pdf(1, "Relazione", doc -> {
            try {
                org.apache.pdfbox.pdmodel.common.PDStream hidden = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
                try (var out = hidden.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                    out.write(("<dc:creator>" + HostilePdfs.NAME + "</dc:creator><mail>" + HostilePdfs.EMAIL + "</mail>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                doc.getPage(0).getCOSObject().setItem("ZZHidden", hidden);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(new String(xmp, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(HostilePdfs.NAME);
        assertThat(BlindScan.leaks(xmp, List.of(HostilePdfs.NAME))).containsExactly(HostilePdfs.NAME);

        byte[] accented = TestPdfs.pdf(1, "Relazione", doc -> doc.getDocumentInformation().setAuthor("Niccolò Brambillà"));
        assertThat(BlindScan.leaks(accented, List.of("niccolò brambillà"))).hasSize(1);
        assertThat(BlindScan.leaks("Gentile Ottavia\n  Brambilla,", List.of(HostilePdfs.NAME))).hasSize(1);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("Lumenfabbrica-offerta.pdf"));
            out.write(TestPdfs.pdf(1, "Relazione"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("report.pdf"));
            out.write(xmp);
            out.closeEntry();
        }
        assertThat(BlindScan.leaks(zip.toByteArray(), List.of("Lumenfabbrica-offerta.pdf", HostilePdfs.EMAIL)))
                .containsExactlyInAnyOrder("Lumenfabbrica-offerta.pdf", HostilePdfs.EMAIL);
        assertThat(BlindScan.leaks(TestPdfs.pdf(1, "Relazione"), HostilePdfs.IDENTITY)).isEmpty();
    }
}
