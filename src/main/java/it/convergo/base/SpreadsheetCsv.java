package it.convergo.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the portal writes goes through here. Commons CSV does the quoting; text cells that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, tab or CR) get a leading single quote, as OWASP
 * recommends against CSV injection. Numbers the portal computes itself are written as numbers, negative ones
 * included, so spreadsheets can still sum them; anything passed as a number that is not one is neutralised.
 */
public final class SpreadsheetCsv implements Closeable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}([.,]\\d{1,30})?");

    private final CSVPrinter printer;

    /** A writer with this cell delimiter (';' for Italian spreadsheets, ',' elsewhere) and '\n' line ends. */
    public SpreadsheetCsv(Appendable out, char delimiter) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                    .setRecordSeparator('\n').get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell; null is written empty. */
    public SpreadsheetCsv text(String value) {
        return print(neutralise(value));
    }

    /** A number the portal formatted (e.g. "-3", "4,5"); anything else is treated as text. */
    public SpreadsheetCsv number(String formatted) {
        return formatted != null && NUMBER.matcher(formatted).matches() ? print(formatted) : text(formatted);
    }

    public SpreadsheetCsv number(long value) {
        return print(Long.toString(value));
    }

    public SpreadsheetCsv endRow() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The cell as a spreadsheet may safely show it: a leading quote before a formula trigger. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return isFormulaTrigger(cell.charAt(0)) ? "'" + cell : cell;
    }

    public static boolean isFormulaTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private SpreadsheetCsv print(String value) {
        try {
            printer.print(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
