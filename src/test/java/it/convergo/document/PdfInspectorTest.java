package it.convergo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad upload the issue lists is refused with its own message; a good one is measured. */
class PdfInspectorTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private final PdfInspector inspector = new PdfInspector();

    @TempDir
    Path dir;

    private void refused(byte[] bytes, String key) {
        Path file = TestPdfs.write(dir, "upload.pdf", bytes);
        assertThatThrownBy(() -> inspector.inspect(file, TEN_MB, 10))
                .isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    @Test
    void aGoodPdfIsMeasuredAndHashed() {
        byte[] bytes = TestPdfs.pdf(3, "Proposta");
        PdfFacts facts = inspector.inspect(TestPdfs.write(dir, "ok.pdf", bytes), TEN_MB, 10);
        assertThat(facts.pages()).isEqualTo(3);
        assertThat(facts.size()).isEqualTo(bytes.length);
        assertThat(facts.sha256()).isEqualTo(Hashes.sha256(bytes)).hasSize(64);
    }

    @Test
    void renamedExecutableZeroBytesAndCorruptFilesAreRefused() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(exe, "document.error.notPdf");
        refused(new byte[0], "document.error.empty");
        refused("%PDF-1.7\n garbage that is not a pdf at all".getBytes(StandardCharsets.US_ASCII), "document.error.corrupt");
        byte[] truncated = Arrays.copyOf(TestPdfs.pdf(2, "x"), 300);
        refused(truncated, "document.error.corrupt");
    }

    @Test
    void limitsAreEnforced() {
        Path big = TestPdfs.write(dir, "big.pdf", TestPdfs.pdf(1, "x"));
        assertThatThrownBy(() -> inspector.inspect(big, 100, 10)).hasMessage("document.error.tooLarge");
        refused(TestPdfs.pdf(11, "x"), "document.error.tooManyPages");
        Path many = TestPdfs.write(dir, "many.pdf", TestPdfs.pdf(500, "x"));
        assertThatThrownBy(() -> inspector.inspect(many, TEN_MB, 10))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.params()).containsExactly(500, 10));
    }

    @Test
    void encryptedPdfIsRefused() {
        refused(TestPdfs.pdf(1, "secret", doc -> protect(doc, "user-pw")), "document.error.encrypted");
        refused(TestPdfs.pdf(1, "owner only", doc -> protect(doc, "")), "document.error.encrypted");
    }

    @Test
    void activeContentIsRefused() {
        refused(TestPdfs.pdf(1, "js", doc -> doc.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hi')"))), "document.error.javascript");
        refused(TestPdfs.pdf(1, "launch", doc -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            doc.getDocumentCatalog().setOpenAction(launch);
        }), "document.error.launch");
        refused(TestPdfs.pdf(1, "embedded", embeddedFile()), "document.error.embeddedFile");
    }

    @Test
    void fileNamesLoseTheirPaths() {
        assertThat(PdfInspector.safeFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(PdfInspector.safeFileName("C:\\Users\\me\\Offerta tecnica.pdf")).isEqualTo("Offerta tecnica.pdf");
        assertThat(PdfInspector.safeFileName("..\u0000.pdf")).isEqualTo("_.pdf");
        assertThat(PdfInspector.safeFileName("")).isEqualTo("document.pdf");
    }

    private static java.util.function.Consumer<org.apache.pdfbox.pdmodel.PDDocument> embeddedFile() {
        return doc -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream("MZ".getBytes()));
                file.setCreationDate(Calendar.getInstance());
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("tool.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("tool.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void protect(org.apache.pdfbox.pdmodel.PDDocument doc, String userPassword) {
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
