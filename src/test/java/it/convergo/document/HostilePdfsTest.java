package it.convergo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus against the two defences: the upload inspector refuses each active or damaged file with
 * its own reason; every file it accepts comes out of the anonymiser without a trace of the identity planted
 * in it (checked after decompressing every stream), still showing its pages and visible text, and still a
 * PDF that the strict parser opens.
 */
class HostilePdfsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private final PdfInspector inspector = new PdfInspector();

    @TempDir
    Path dir;

    static List<HostilePdfs.Hostile> identityEverywhere() {
        return HostilePdfs.identityEverywhere();
    }

    static List<HostilePdfs.Hostile> refused() {
        return HostilePdfs.refused();
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(HostilePdfs.identityEverywhere().size() + HostilePdfs.refused().size()).isGreaterThanOrEqualTo(30);
        assertThat(HostilePdfs.identityEverywhere()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(HostilePdfs.refused()).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void activeAndDamagedFilesAreRefusedWithTheirReason(HostilePdfs.Hostile hostile) {
        Path file = TestPdfs.write(dir, "upload.pdf", hostile.bytes());
        assertThatThrownBy(() -> inspector.inspect(file, TEN_MB, 10))
                .isInstanceOf(UserFacingException.class).hasMessage(hostile.refusal());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identityEverywhere")
    void identityPlantedAnywhereNeverSurvivesAnonymisation(HostilePdfs.Hostile hostile) throws IOException {
        assertThat(BlindScan.leaks(hostile.bytes(), HostilePdfs.IDENTITY)).as("the identity is planted").isNotEmpty();
        PdfFacts facts = inspector.inspect(TestPdfs.write(dir, "upload.pdf", hostile.bytes()), TEN_MB, 10);

        byte[] blind = PdfAnonymiser.anonymise(hostile.bytes());

        assertThat(BlindScan.leaks(blind, HostilePdfs.IDENTITY)).as("identity left in %s", hostile).isEmpty();
        assertThat(String.join(" ", TestPdfs.lines(blind))).contains(HostilePdfs.VISIBLE);
        assertThat(inspector.inspect(TestPdfs.write(dir, "blind.pdf", blind), TEN_MB, 10).pages()).isEqualTo(facts.pages());
        try (PDDocument doc = Loader.loadPDF(blind)) {
            assertThat(doc.getDocumentCatalog().getCOSObject().keySet()).extracting(k -> k.getName())
                    .isSubsetOf("Type", "Version", "Pages");
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
            assertThat(doc.getDocument().getTrailer().getDictionaryObject(org.apache.pdfbox.cos.COSName.INFO)).isNull();
        }
    }

    @Test
    void formFieldsAreFlattenedSoTheirVisibleValuesStay() {
        HostilePdfs.Hostile form = HostilePdfs.identityEverywhere().stream()
                .filter(h -> h.name().startsWith("form field")).findFirst().orElseThrow();
        assertThat(String.join(" ", TestPdfs.lines(PdfAnonymiser.anonymise(form.bytes())))).contains("42");
    }
}
