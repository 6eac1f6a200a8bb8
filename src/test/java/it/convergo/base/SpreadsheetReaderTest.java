package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded tables: CSV either way, the portal's own XLSX read back, and hostile files refused. */
class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsItalianAndEnglishCsvAndTheBomExcelWrites() throws IOException {
        Path italian = Files.writeString(dir.resolve("it.csv"), "\uFEFFe-mail;nome\nanna@example.com;\"Rossi; Anna\"\n\n");
        assertThat(SpreadsheetReader.read("it.csv", italian))
                .containsExactly(List.of("e-mail", "nome"), List.of("anna@example.com", "Rossi; Anna"));
        Path english = Files.writeString(dir.resolve("en.csv"), "email,name\n bob@example.com , Bob Smith \n");
        assertThat(SpreadsheetReader.read("en.csv", english)).containsExactly(List.of("email", "name"),
                List.of("bob@example.com", "Bob Smith"));
    }

    @Test
    void readsThePortalsOwnXlsxBackWithNumbersDatesAndNeutralisedText() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("=cmd", 12L, Instant.parse("2026-12-01T10:00:00Z")));
        rows.add(Arrays.asList(null, 3L, null));
        byte[] xlsx = new Table("Sheet", List.of("Name", "Count", "When"), rows).xlsx();
        Path file = Files.write(dir.resolve("t.xlsx"), xlsx);
        List<List<String>> read = SpreadsheetReader.read("t.xlsx", file);
        assertThat(read.get(0)).containsExactly("Name", "Count", "When");
        assertThat(read.get(1).subList(0, 2)).containsExactly("=cmd", "12");
        assertThat(read.get(2).get(0)).isEmpty();
        assertThat(read.get(2).get(1)).isEqualTo("3");
        assertThat(new Table("S", List.of("a"), List.<List<Object>>of(List.of("x"))).csv(Locale.ITALIAN)).isEqualTo("a\nx\n");
    }

    @Test
    void anEntityPointingOutsideIsNeverResolvedAndAZipThatIsNoSheetIsRefused() throws IOException {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
        Path hostile = Files.write(dir.resolve("h.xlsx"), zip("xl/worksheets/sheet1.xml", sheet));
        String host = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        try {
            List<List<String>> read = SpreadsheetReader.read("h.xlsx", hostile);
            assertThat(read.toString()).doesNotContain(host.isEmpty() ? "\u0000" : host);
        } catch (UserFacingException refused) {
            assertThat(refused.messageKey()).isEqualTo("import.error.unreadable");
        }
        Path other = Files.write(dir.resolve("o.xlsx"), zip("readme.txt", "hello"));
        assertThatThrownBy(() -> SpreadsheetReader.read("o.xlsx", other)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.error.unreadable");
    }

    @Test
    void tooManyRowsAreRefused() throws IOException {
        Path big = Files.writeString(dir.resolve("big.csv"), "email,name\n" + "a@b.it,A\n".repeat(SpreadsheetReader.MAX_ROWS));
        assertThatThrownBy(() -> SpreadsheetReader.read("big.csv", big)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.error.tooManyRows");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
