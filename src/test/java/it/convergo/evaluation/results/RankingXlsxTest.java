package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.challenge.CriterionDef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The ranking as XLSX, read back: scores are numbers, what applicants or firms typed is inert text. */
class RankingXlsxTest {

    @Test
    void hostileTitlesNamesAndCriteriaAreTextWhileRankAndScoresAreNumbers() throws IOException {
        BigDecimal four = new BigDecimal("4.5");
        var criterion = new CriterionDef("-Cost", "", BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("0.5"),
                new BigDecimal("3"), 1);
        var entry = new Ranking.Entry(1, 42, "=HYPERLINK(\"http://x\",\"click\")", List.of(four), four,
                List.of(true), true, false);
        var unranked = new Ranking.Entry(0, 43, "Plain", List.of(BigDecimal.ONE), BigDecimal.ONE,
                List.of(false), false, false);
        var view = new RankingView(7, "Challenge", List.of(criterion), BigDecimal.ONE,
                List.of(new RankingView.Row(entry, 1, "@Evil Org", Outcome.WINNER, null),
                        new RankingView.Row(unranked, 2, "Good Org", null, null)), List.of(), true, null);

        byte[] bytes = RankingXlsx.write(view, key -> key);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getFirstSheet().getName()).isEqualTo("evaluation.ranking.sheet");
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).containsExactly("esr.rank", "esr.reference",
                    "esr.proposal", "esr.organisation", "'-Cost", "esr.total", "esr.thresholds", "esr.outcome");
            Row winner = rows.get(1);
            assertThat(winner.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(winner.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(winner.getCell(1).asNumber()).isEqualByComparingTo("42");
            assertThat(winner.getCell(2).getType()).isEqualTo(CellType.STRING);
            assertThat(winner.getCell(2).getText()).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
            assertThat(winner.getCell(3).getText()).isEqualTo("'@Evil Org");
            assertThat(winner.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(winner.getCell(4).asNumber()).isEqualByComparingTo("4.5");
            assertThat(winner.getCell(5).asNumber()).isEqualByComparingTo("4.5");
            assertThat(winner.getCell(6).getText()).isEqualTo("esr.yes");
            assertThat(winner.getCell(7).getText()).isEqualTo(Outcome.WINNER.labelKey());
            Row below = rows.get(2);
            assertThat(below.getCellText(0)).as("no rank below the thresholds").isEmpty();
            assertThat(below.getCell(1).asNumber()).isEqualByComparingTo("43");
            assertThat(below.getCell(6).getText()).isEqualTo("esr.no");
            assertThat(below.getCellText(7)).isEmpty();
        }
    }
}
