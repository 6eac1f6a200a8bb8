package it.convergo.evaluation.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic of the ranking with the pitch, worked by hand in each comment. */
class PitchRankingTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<BigDecimal> s(String... v) {
        return Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void pitchShareIsTheWeightedMeanOfTheJuryAsAPercentage() {
        // weights 2 and 1; means 4.5 and 4 -> (9 + 4) / 15 = 86.67 %
        assertThat(PitchRanking.pitchShare(s("2", "1"), List.of(s("5", "4"), s("4", "4")))).isEqualByComparingTo("86.67");
        // one jury member, all fives -> 100 %; all zeros -> 0 %
        assertThat(PitchRanking.pitchShare(s("1", "3"), List.of(s("5", "5")))).isEqualByComparingTo("100");
        assertThat(PitchRanking.pitchShare(s("1"), List.of(s("0"), s("0")))).isEqualByComparingTo("0");
    }

    @Test
    void combinedWeighsPitchAndWrittenSharesAndTheNotInvitedKeepTheirWrittenShare() {
        // max total 20: written 18 -> 90 %, 16 -> 80 %, 15 -> 75 %, 9 -> 45 % (below a threshold: rank 0)
        List<PitchRanking.Written> written = List.of(
                PitchRanking.Written.raw(1, "A", 1, d("18"), d("20")),
                PitchRanking.Written.raw(2, "B", 2, d("16"), d("20")),
                PitchRanking.Written.raw(3, "C", 3, d("15"), d("20")),
                PitchRanking.Written.raw(4, "D", 0, d("9"), d("20")));
        // pitch 40 %: A 50 % -> 0.4 × 50 + 0.6 × 90 = 74; B 100 % -> 40 + 48 = 88; C not invited -> 75
        var rows = PitchRanking.combine(written, Map.of(1L, d("50"), 2L, d("100")), 40);
        assertThat(rows).extracting(PitchRanking.Row::proposalId).containsExactly(2L, 3L, 1L, 4L);
        assertThat(rows).extracting(PitchRanking.Row::rank).containsExactly(1, 2, 3, 0);
        assertThat(rows).extracting(PitchRanking.Row::combined).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("88"), d("75"), d("74"), d("45"));
        assertThat(rows.get(1).invited()).isFalse();
        assertThat(rows.get(0).writtenRank()).isEqualTo(2);
    }

    @Test
    void equalCombinedScoresKeepTheWrittenOrder() {
        // A: 80 % written, 80 % pitch; B: 90 % written, 50 % pitch at 25 % -> 80 × 0.25 + 80 × 0.75 = 80 and 12.5 + 67.5 = 80
        var rows = PitchRanking.combine(List.of(
                PitchRanking.Written.raw(1, "A", 2, d("8"), d("10")),
                PitchRanking.Written.raw(2, "B", 1, d("9"), d("10"))), Map.of(1L, d("80"), 2L, d("50")), 25);
        assertThat(rows).extracting(PitchRanking.Row::proposalId).containsExactly(2L, 1L);
        // 100 % pitch: the written score no longer counts for the invited
        assertThat(PitchRanking.combined(d("90"), d("50"), 100)).isEqualByComparingTo("50");
    }

    @Test
    void withTheNormalisedRankingTheWrittenShareComesFromTheMeanZScore() {
        // 50 + z × 50 / 3: z 0 -> 50 %, +1.5 -> 75 %, −0.6 -> 40 %; beyond ±3 it stays at 100 % and 0 %
        assertThat(PitchRanking.normalisedShare(d("0"))).isEqualByComparingTo("50");
        assertThat(PitchRanking.normalisedShare(d("1.5"))).isEqualByComparingTo("75");
        assertThat(PitchRanking.normalisedShare(d("-0.6"))).isEqualByComparingTo("40");
        assertThat(PitchRanking.normalisedShare(d("3.4"))).isEqualByComparingTo("100");
        assertThat(PitchRanking.normalisedShare(d("-4"))).isEqualByComparingTo("0");
        // A leads the normalised ranking (z 1.5 -> 75 %) though B's raw total is higher; pitch 20 %, both at 60 %:
        // A 0.2 × 60 + 0.8 × 75 = 72, B (z 0 -> 50 %) 12 + 40 = 52: A stays first, as the deciding ranking says
        var rows = PitchRanking.combine(List.of(
                PitchRanking.Written.normalised(1, "A", 1, d("1.5")),
                PitchRanking.Written.normalised(2, "B", 2, d("0"))), Map.of(1L, d("60"), 2L, d("60")), 20);
        assertThat(rows).extracting(PitchRanking.Row::proposalId).containsExactly(1L, 2L);
        assertThat(rows).extracting(PitchRanking.Row::combined).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("72"), d("52"));
        assertThat(rows).extracting(PitchRanking.Row::writtenShare).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("75"), d("50"));
    }

    @Test
    void juryScoresAreZeroToFiveInHalfPoints() {
        PitchJury.check(d("0"));
        PitchJury.check(d("4.5"));
        PitchJury.check(d("5.0"));
        assertThatThrownBy(() -> PitchJury.check(d("5.5"))).isInstanceOf(UserFacingException.class).hasMessage("pitch.error.scoreRange");
        assertThatThrownBy(() -> PitchJury.check(d("-0.5"))).hasMessage("pitch.error.scoreRange");
        assertThatThrownBy(() -> PitchJury.check(d("3.25"))).hasMessage("pitch.error.scoreStep");
        assertThatThrownBy(() -> PitchJury.check(null)).hasMessage("pitch.error.scoreMissing");
    }

    @Test
    void slotsOverlapOnlyWhenTheyShareAMinute() {
        java.time.Instant nine = java.time.Instant.parse("2027-03-01T08:00:00Z");
        PitchSlot slot = new PitchSlot(1, 1, 1, 1, "A", 1, nine, 20);
        assertThat(slot.overlaps(nine.plusSeconds(20 * 60), 20)).as("back to back").isFalse();
        assertThat(slot.overlaps(nine.minusSeconds(20 * 60), 20)).as("just before").isFalse();
        assertThat(slot.overlaps(nine.plusSeconds(19 * 60), 20)).isTrue();
        assertThat(slot.overlaps(nine.minusSeconds(5 * 60), 60)).as("around it").isTrue();
    }
}
