package it.convergo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar text rules, and a whole calendar read back by a real parser. */
class IcsCalendarTest {

    @Test
    void textIsEscaped() {
        assertThat(IcsText.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(IcsText.escape("bell\u0007 tab\t")).isEqualTo("bell tab\t");
        assertThat(IcsText.escape(null)).isEmpty();
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "è".repeat(100);
        String folded = IcsText.fold(line);
        assertThat(folded).endsWith("\r\n");
        String[] pieces = folded.split("\r\n");
        assertThat(pieces.length).isGreaterThan(2);
        for (int i = 0; i < pieces.length; i++) {
            assertThat(pieces[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(pieces[i]).doesNotContain("\uFFFD");
            if (i > 0) {
                assertThat(pieces[i]).startsWith(" ");
            }
        }
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
        assertThat(IcsText.fold("SHORT:x")).isEqualTo("SHORT:x\r\n");
        // exactly 75 octets stay on one line
        assertThat(IcsText.fold("X".repeat(75))).doesNotContain("\r\n ");
        assertThat(IcsText.fold("X".repeat(76))).contains("\r\n ");
    }

    @Test
    void aCalendarParsesBackWithRomeTimesAndItsTexts() {
        Instant winter = ZonedDateTime.parse("2027-01-31T17:00:00+01:00[Europe/Rome]").toInstant();
        Instant summer = ZonedDateTime.parse("2027-07-15T09:30:00+02:00[Europe/Rome]").toInstant();
        String longText = "Città, «qualità»; linea\\nuova\n".repeat(10);
        byte[] ics = IcsCalendar.write("Convergo: prova, uno", List.of(
                new IcsEvent("challenge-1-closes@example.org", winter, "Scadenza: Robot, più veloci; sì", longText,
                        "https://example.org/challenges/robot", 3),
                new IcsEvent("challenge-1-results@example.org", summer, "Results", null, null, 0)), Instant.now());

        ParsedIcs parsed = ParsedIcs.of(ics);
        assertThat(parsed.uids()).containsExactly("challenge-1-closes@example.org", "challenge-1-results@example.org");
        ParsedIcs.Entry closes = parsed.entry("challenge-1-closes@example.org").orElseThrow();
        assertThat(closes.start()).isEqualTo(winter);
        assertThat(closes.tzid()).isEqualTo("Europe/Rome");
        assertThat(closes.summary()).isEqualTo("Scadenza: Robot, più veloci; sì");
        assertThat(closes.description()).isEqualTo(longText);
        assertThat(closes.url()).isEqualTo("https://example.org/challenges/robot");
        assertThat(parsed.entry("challenge-1-results@example.org").orElseThrow().start()).isEqualTo(summer);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;TZID=Europe/Rome:20270131T170000\r\n", "DTSTART;TZID=Europe/Rome:20270715T093000\r\n",
                "BEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\n", "SEQUENCE:3\r\n");
        assertThat(text).containsPattern("DTSTAMP:\\d{8}T\\d{6}Z\r\n");
    }
}
