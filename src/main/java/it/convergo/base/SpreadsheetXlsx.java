package it.convergo.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every XLSX the portal writes goes through here: one sheet, a bold frozen header row, numbers as numeric
 * cells, instants as date cells in Europe/Rome, columns as wide as their content (within bounds). Text cells
 * get the same leading quote as {@link SpreadsheetCsv#neutralise}: FastExcel never writes text as a formula,
 * but a user who copies the cell, or exports the sheet to CSV, would otherwise hand the formula on.
 */
public final class SpreadsheetXlsx {

    /** The download's content type. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Integer> widths = new ArrayList<>();
    private int row;
    private int column;

    /** A workbook with one sheet of this name (Excel allows 31 characters, no {@code []:*?/\}). */
    public SpreadsheetXlsx(String sheetName) {
        workbook = new Workbook(out, "Convergo", "1.0");
        String safe = sheetName.replaceAll("[\\[\\]:*?/\\\\]", " ");
        sheet = workbook.newWorksheet(safe.substring(0, Math.min(31, safe.length())));
    }

    /** The first row: bold, frozen while scrolling. Call once, before any other cell. */
    public SpreadsheetXlsx header(List<String> titles) {
        if (row != 0 || column != 0) {
            throw new IllegalStateException("the header comes first");
        }
        titles.forEach(this::text);
        sheet.range(0, 0, 0, Math.max(0, titles.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        return endRow();
    }

    /** A text cell, neutralised against formulas; null is left empty. */
    public SpreadsheetXlsx text(String value) {
        String cell = SpreadsheetCsv.neutralise(value);
        if (!cell.isEmpty()) {
            sheet.value(row, column, cell);
        }
        return next(cell.length());
    }

    /** A numeric cell; null is left empty. */
    public SpreadsheetXlsx number(BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
        return next(value == null ? 0 : value.toPlainString().length());
    }

    public SpreadsheetXlsx number(long value) {
        sheet.value(row, column, value);
        return next(Long.toString(value).length());
    }

    /** A date cell showing the wall-clock time in Europe/Rome; null is left empty. */
    public SpreadsheetXlsx date(Instant value) {
        if (value != null) {
            sheet.value(row, column, LocalDateTime.ofInstant(value, Times.ROME));
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        }
        return next("yyyy-mm-dd hh:mm".length());
    }

    public SpreadsheetXlsx endRow() {
        row++;
        column = 0;
        return this;
    }

    /** Closes the workbook and returns its bytes. */
    public byte[] toBytes() {
        for (int c = 0; c < widths.size(); c++) {
            sheet.width(c, Math.clamp(widths.get(c) + 2L, MIN_WIDTH, MAX_WIDTH));
        }
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private SpreadsheetXlsx next(int length) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), length));
        column++;
        return this;
    }
}
