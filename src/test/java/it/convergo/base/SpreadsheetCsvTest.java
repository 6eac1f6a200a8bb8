package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are neutralised; the portal's own numbers stay numbers. */
class SpreadsheetCsvTest {

    private static String row(java.util.function.Consumer<SpreadsheetCsv> cells) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, ';')) {
            cells.accept(csv);
            csv.endRow();
        }
        return out.toString();
    }

    @Test
    void everyFormulaTriggerGetsALeadingQuote() {
        assertThat(row(c -> c.text("=HYPERLINK(\"http://x\",\"click\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\n");
        for (String hostile : new String[] {"+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(SpreadsheetCsv.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
        assertThat(SpreadsheetCsv.neutralise("Plain title")).isEqualTo("Plain title");
        assertThat(SpreadsheetCsv.neutralise(null)).isEmpty();
    }

    @Test
    void numbersStayNumericAndNonNumbersAreText() {
        assertThat(row(c -> c.number("-3").number("4,5").number(-7).number("-1.25"))).isEqualTo("-3;4,5;-7;-1.25\n");
        assertThat(row(c -> c.number("-1+cmd|' /C calc'!A0"))).isEqualTo("'-1+cmd|' /C calc'!A0\n");
    }

    @Test
    void quotingIsCommonsCsv() {
        assertThat(row(c -> c.text("a;b").text("line\nbreak").text("say \"hi\""))).isEqualTo(
                "\"a;b\";\"line\nbreak\";\"say \"\"hi\"\"\"\n");
    }
}
