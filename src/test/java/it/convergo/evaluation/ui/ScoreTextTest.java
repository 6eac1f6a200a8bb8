package it.convergo.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Scores read as the reader writes numbers: the Italian comma, the sign of a leniency difference. */
class ScoreTextTest {

    @Test
    void italianUsesTheCommaEnglishThePoint() {
        assertThat(ScoreText.of(new BigDecimal("4.50"), Locale.ITALIAN)).isEqualTo("4,5");
        assertThat(ScoreText.of(new BigDecimal("4.5"), Locale.ENGLISH)).isEqualTo("4.5");
        assertThat(ScoreText.of(new BigDecimal("12.000"), Locale.ITALIAN)).isEqualTo("12");
        assertThat(ScoreText.of(new BigDecimal("1234.25"), Locale.ITALIAN)).isEqualTo("1234,25");
        assertThat(ScoreText.signed(new BigDecimal("0.25"), Locale.ITALIAN)).isEqualTo("+0,25");
        assertThat(ScoreText.signed(new BigDecimal("-0.5"), Locale.ITALIAN)).isEqualTo("-0,5");
        assertThat(ScoreText.signed(BigDecimal.ZERO, Locale.ENGLISH)).isEqualTo("0");
    }
}
