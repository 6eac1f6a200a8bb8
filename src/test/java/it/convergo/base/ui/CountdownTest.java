package it.convergo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import it.convergo.base.i18n.Translations;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One countdown rule for challenge and proposal pages: coarse for long spans, never seconds. */
class CountdownTest {

    private static final Translations TEXTS = new Translations();

    private static Span in(Locale locale) {
        return new Span() {
            @Override
            public String getTranslation(String key, Object... params) {
                return TEXTS.get(key, locale, params);
            }
        };
    }

    @Test
    void longSpansShowDaysOnlyShortOnesHoursAndMinutesNeverSeconds() {
        Span it = in(Locale.ITALIAN);
        assertThat(Countdown.duration(it, Duration.ofDays(40).plusHours(5).plusSeconds(17))).isEqualTo("40 giorni");
        assertThat(Countdown.duration(it, Duration.ofDays(3).plusHours(4).plusMinutes(9))).isEqualTo("3 g 4 h");
        assertThat(Countdown.duration(it, Duration.ofHours(5).plusMinutes(12).plusSeconds(40))).isEqualTo("5 h 12 min");
        assertThat(Countdown.duration(it, Duration.ofMinutes(7).plusSeconds(59))).isEqualTo("7 min");
        assertThat(Countdown.duration(it, Duration.ofSeconds(20))).isEqualTo("1 min");
        assertThat(Countdown.duration(in(Locale.ENGLISH), Duration.ofDays(19))).isEqualTo("19 days");
    }

    @Test
    void nothingIsLeftOncePast() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(Countdown.left(in(Locale.ITALIAN), now.plus(Duration.ofDays(19)), now)).isEqualTo("Ancora 19 giorni");
        assertThat(Countdown.left(in(Locale.ENGLISH), now.minusSeconds(1), now)).isEmpty();
        assertThat(Countdown.left(in(Locale.ENGLISH), null, now)).isEmpty();
    }
}
