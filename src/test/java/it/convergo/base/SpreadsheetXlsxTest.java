package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The XLSX writer, read back with a reader library: types, neutralised text, the header's style and pane. */
class SpreadsheetXlsxTest {

    static final String HOSTILE = "=HYPERLINK(\"http://x\",\"click\")";

    @Test
    void cellsKeepTheirTypesAndHostileTextIsNeutralisedLikeTheCsv() throws IOException {
        Instant winter = Instant.parse("2026-01-15T09:30:00Z");
        Instant summer = Instant.parse("2026-07-15T09:30:00Z");
        byte[] bytes = new SpreadsheetXlsx("Sheet [1]: a/b").header(List.of("Title", "Score", "When", "Count"))
                .text(HOSTILE).number(new BigDecimal("-4.5")).date(winter).number(3).endRow()
                .text("+1").number((BigDecimal) null).date(summer).number(-2).endRow()
                .text("Plain").text(null).date(null).text("\tTab").endRow()
                .toBytes();

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            var sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Sheet  1   a b");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Title");

            Row first = rows.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getText()).isEqualTo(SpreadsheetCsv.neutralise(HOSTILE)).isEqualTo("'" + HOSTILE);
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("-4.5");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsDate(2)).contains(LocalDateTime.of(2026, 1, 15, 10, 30));
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("3");

            Row second = rows.get(2);
            assertThat(second.getCell(0).getText()).isEqualTo("'+1");
            assertThat(second.getCellAsDate(2)).as("summer time in Rome").contains(LocalDateTime.of(2026, 7, 15, 11, 30));
            assertThat(second.getCell(3).asNumber()).isEqualByComparingTo("-2");

            Row third = rows.get(3);
            assertThat(third.getCell(0).getText()).isEqualTo("Plain");
            assertThat(third.getCell(3).getText()).isEqualTo("'\tTab");
        }
        String sheetXml = entry(bytes, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).as("no formula anywhere").doesNotContain("<f>").doesNotContain("<f ");
        assertThat(sheetXml).as("header row frozen").contains("state=\"frozen\"").contains("topLeftCell=\"A2\"");
        assertThat(sheetXml).as("column widths set").contains("<col ").contains("customWidth=\"true\"");
        assertThat(entry(bytes, "xl/styles.xml")).as("bold header font").contains("<b");
    }

    /** A part of the package, read from a file (the writer streams entries with data descriptors). */
    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("sheet", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                assertThat(e).as(name).isNotNull();
                try (InputStream in = zip.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
