package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import it.convergo.challenge.CriterionDef;
import it.convergo.challenge.EvaluationSetup;
import it.convergo.evaluation.scoring.Scores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<BigDecimal> s(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    /** Excellence (tie-break 2), Impact (tie-break 1), Implementation (3); thresholds 3, overall 10. */
    private final EvaluationSetup setup = new EvaluationSetup(List.of(
            new CriterionDef("Excellence", "", d("1"), d("5"), d("0.5"), d("3"), 2),
            new CriterionDef("Impact", "", d("1"), d("5"), d("0.5"), d("3"), 1),
            new CriterionDef("Implementation", "", d("1"), d("5"), d("0.5"), d("3"), 3)), d("10"), 3, false, d("1.5"));

    @Test
    void scoresMustBeOnTheScaleAndStep() {
        CriterionDef c = setup.criteria().get(0);
        Scores.check(c, d("3.5"));
        Scores.check(c, d("0"));
        assertThatThrownBy(() -> Scores.check(c, d("5.5"))).isInstanceOf(UserFacingException.class)
                .hasMessage("evaluation.error.scoreRange");
        assertThatThrownBy(() -> Scores.check(c, d("3.3"))).hasMessage("evaluation.error.scoreStep");
        assertThatThrownBy(() -> Scores.check(c, d("-1"))).hasMessage("evaluation.error.scoreRange");
        assertThatThrownBy(() -> Scores.check(c, null)).hasMessage("evaluation.error.scoreMissing");
        assertThat(Scores.scale(c)).hasSize(11).first().isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void divergenceAndComputedConsensus() {
        var sheets = List.of(s("4", "3", "3"), s("2", "3.5", "3"), s("4.5", "3", "3.5"));
        assertThat(Scores.spread(sheets, 3)).containsExactly(d("2.5"), d("0.5"), d("0.5"));
        assertThat(Scores.divergent(sheets, 3, d("1.5"))).isTrue();
        assertThat(Scores.divergent(sheets, 3, d("2.5"))).isFalse();
        // mean 3.5; mean 3.1666 -> 3; mean 3.1666 -> 3
        assertThat(Scores.mean(s("4", "2", "4.5"), setup.criteria().get(0))).isEqualByComparingTo("3.5");
        assertThat(Scores.mean(s("3", "3.5", "3"), setup.criteria().get(1))).isEqualByComparingTo("3");
        assertThat(Scores.mean(s("3", "3", "3.5"), setup.criteria().get(2))).isEqualByComparingTo("3");
        assertThat(Scores.mean(s("3", "3.5"), setup.criteria().get(2))).isEqualByComparingTo("3.5");
    }

    @Test
    void thresholdsSeparateAndTieBreakOrderDecidesEqualTotals() {
        Instant t = Instant.parse("2027-01-01T00:00:00Z");
        var ranked = Ranking.rank(setup, List.of(
                new Ranking.Input(1, "A", s("4", "3.5", "4"), t),       // 11.5, impact 3.5
                new Ranking.Input(2, "B", s("3.5", "4", "4"), t),       // 11.5, impact 4 -> wins the tie
                new Ranking.Input(3, "C", s("5", "5", "2.5"), t),       // 12.5 but implementation below 3
                new Ranking.Input(4, "D", s("3", "3", "3.5"), t),       // 9.5 below overall 10
                new Ranking.Input(5, "E", s("5", "4.5", "4"), t)));     // 13.5
        assertThat(ranked).extracting(Ranking.Entry::proposalId).containsExactly(5L, 2L, 1L, 3L, 4L);
        assertThat(ranked).extracting(Ranking.Entry::rank).containsExactly(1, 2, 3, 0, 0);
        assertThat(ranked.get(1).tieBroken()).isTrue();
        assertThat(ranked.get(0).tieBroken()).isFalse();
        assertThat(ranked.get(3).criterionPassed()).containsExactly(true, true, false);
        assertThat(ranked.get(4).passed()).isFalse();
        assertThat(ranked.get(0).total()).isEqualByComparingTo("13.5");
    }

    @Test
    void leniencyComparesEachEvaluatorWithTheirPanels() {
        Map<Long, Map<Long, List<BigDecimal>>> sheets = Map.of(
                10L, Map.of(1L, s("5", "5"), 2L, s("4", "4")),
                11L, Map.of(1L, s("3", "3"), 2L, s("2", "2")));
        var leniency = Ranking.leniency(sheets);
        assertThat(leniency.get(10L)).isEqualByComparingTo("1");
        assertThat(leniency.get(11L)).isEqualByComparingTo("-1");
    }
}
