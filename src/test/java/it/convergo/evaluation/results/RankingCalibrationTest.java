package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calibration: evaluators' scales, z-scores, the normalised ranking next to the raw one. */
class RankingCalibrationTest {

    private static final List<CriterionDef> CRITERIA = List.of(
            new CriterionDef("Excellence", "", d("1"), d("5"), d("0.5"), d("3"), 1),
            new CriterionDef("Impact", "", d("2"), d("5"), d("0.5"), d("3"), 2));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<BigDecimal> s(String a, String b) {
        return List.of(d(a), d(b));
    }

    @Test
    void aStrictAndAGenerousEvaluatorCountAlikeOnceNormalised() {
        // the strict one (evaluator 1) gives 1..3, the generous one (2) gives 3..5: same opinion, other scale
        Map<Long, Map<Long, List<BigDecimal>>> sheets = Map.of(
                1L, Map.of(10L, s("3", "3"), 11L, s("1", "1")),
                2L, Map.of(12L, s("5", "5"), 13L, s("3", "3")));
        Map<Long, Calibration.Scale> scales = Calibration.scales(sheets, CRITERIA);
        assertThat(scales.get(1L).mean()).isEqualByComparingTo("6");      // totals 9 and 3
        assertThat(scales.get(1L).deviation()).isEqualByComparingTo("3");
        assertThat(scales.get(2L).mean()).isEqualByComparingTo("12");     // totals 15 and 9
        Map<Long, BigDecimal> z = Calibration.normalised(sheets, CRITERIA);
        assertThat(z.get(10L)).isEqualByComparingTo("1");
        assertThat(z.get(12L)).isEqualByComparingTo("1");
        assertThat(z.get(11L)).isEqualByComparingTo("-1");
        assertThat(z.get(13L)).isEqualByComparingTo("-1");
    }

    @Test
    void oneEvaluationOrOneTotalTellsNothingAboutTheScale() {
        Map<Long, Map<Long, List<BigDecimal>>> sheets = Map.of(
                1L, Map.of(10L, s("5", "5")),
                2L, Map.of(10L, s("2", "2"), 11L, s("2", "2")));
        assertThat(Calibration.normalised(sheets, CRITERIA)).containsEntry(10L, d("0.00")).containsEntry(11L, d("0.00"));
    }

    @Test
    void theNormalisedRankingReordersPassingProposalsAndKeepsTheOthersApart() {
        Ranking.Entry a = entry(1, 10, true);
        Ranking.Entry b = entry(2, 11, true);
        Ranking.Entry c = entry(0, 12, false);
        List<Ranking.Entry> reordered = Calibration.reorder(List.of(a, b, c), Map.of(10L, d("-0.5"), 11L, d("0.8"), 12L, d("2")));
        assertThat(reordered).extracting(Ranking.Entry::proposalId).containsExactly(11L, 10L, 12L);
        assertThat(reordered).extracting(Ranking.Entry::rank).containsExactly(1, 2, 0);
        // equal normalised scores keep the raw order
        assertThat(Calibration.reorder(List.of(a, b), Map.of())).extracting(Ranking.Entry::proposalId).containsExactly(10L, 11L);
    }

    private static Ranking.Entry entry(int rank, long id, boolean passed) {
        return new Ranking.Entry(rank, id, "P" + id, s("3", "3"), d("9"), List.of(passed, passed), passed, false);
    }
}
