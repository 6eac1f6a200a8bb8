package it.convergo.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A table to export, written the same way as CSV and as XLSX: text cells neutralised against formulas in
 * both, numbers as numbers (decimal comma in Italian CSV), instants as Rome times (date cells in XLSX).
 *
 * @param name the sheet's name and the start of the file's
 * @param rows cells are null, text, a number or an {@link Instant}
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    /** CSV for a spreadsheet in the reader's language: ';' and decimal comma in Italian, ',' and point elsewhere. */
    public String csv(Locale locale) {
        boolean italian = "it".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, italian ? ';' : ',')) {
            headers.forEach(csv::text);
            csv.endRow();
            for (List<Object> row : rows) {
                for (Object cell : row) {
                    switch (cell) {
                        case null -> csv.text(null);
                        case Long l -> csv.number(l);
                        case Integer i -> csv.number(i);
                        case BigDecimal d -> csv.number(italian ? d.toPlainString().replace('.', ',') : d.toPlainString());
                        case Instant t -> csv.text(Times.format(t, locale));
                        default -> csv.text(cell.toString());
                    }
                }
                csv.endRow();
            }
        }
        return out.toString();
    }

    public byte[] xlsx() {
        SpreadsheetXlsx xlsx = new SpreadsheetXlsx(name);
        xlsx.header(headers);
        for (List<Object> row : rows) {
            for (Object cell : row) {
                switch (cell) {
                    case null -> xlsx.text(null);
                    case Long l -> xlsx.number(l);
                    case Integer i -> xlsx.number(i);
                    case BigDecimal d -> xlsx.number(d);
                    case Instant t -> xlsx.date(t);
                    default -> xlsx.text(cell.toString());
                }
            }
            xlsx.endRow();
        }
        return xlsx.toBytes();
    }
}
