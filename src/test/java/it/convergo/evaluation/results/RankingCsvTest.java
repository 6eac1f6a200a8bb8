package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking export never hands a spreadsheet a live formula from what applicants or firms typed. */
class RankingCsvTest {

    @Test
    void hostileTitlesNamesAndCriteriaAreNeutralisedWhileScoresStayNumbers() {
        BigDecimal four = new BigDecimal("4.5");
        var criterion = new CriterionDef("-Cost", "", BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("0.5"),
                new BigDecimal("3"), 1);
        var entry = new Ranking.Entry(1, 42, "=HYPERLINK(\"http://x\",\"click\")", List.of(four), four,
                List.of(true), true, false);
        var view = new RankingView(7, "Challenge", List.of(criterion), BigDecimal.ONE,
                List.of(new RankingView.Row(entry, 1, "@Evil Org", Outcome.WINNER, null)), List.of(), true, null);

        String csv = RankingCsv.write(view, key -> key);

        String[] lines = csv.split("\n");
        assertThat(lines[0]).contains(";'-Cost;");
        assertThat(lines[1]).isEqualTo("1;42;\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\";'@Evil Org;4,5;4,5;esr.yes;"
                + Outcome.WINNER.labelKey());
    }
}
