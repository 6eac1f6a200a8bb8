package it.convergo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * A produced .ics read back as a calendar client would: the raw rules checked first (UTF-8, CRLF only, no line
 * longer than 75 octets), then parsed and validated by ical4j.
 */
record ParsedIcs(Calendar calendar, List<Entry> entries) {

    /** What a reader sees of one entry. */
    record Entry(String uid, Instant start, String tzid, String summary, String description, String url) {
    }

    static ParsedIcs of(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare line breaks").doesNotContain("\n", "\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + line).isLessThanOrEqualTo(75);
        }
        try {
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
            assertThat(calendar.validate().hasErrors()).as("ical4j validation: " + calendar.validate()).isFalse();
            List<Entry> entries = calendar.<VEvent>getComponents("VEVENT").stream().map(ParsedIcs::entry).toList();
            return new ParsedIcs(calendar, entries);
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar file:\n" + text, e);
        }
    }

    private static Entry entry(VEvent e) {
        DtStart<Temporal> start = e.<Temporal>getStartDate().orElseThrow();
        return new Entry(value(e, "UID").orElseThrow(), Instant.from(start.getDate()),
                start.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()).orElse(null),
                value(e, "SUMMARY").orElse(null), value(e, "DESCRIPTION").orElse(null), value(e, "URL").orElse(null));
    }

    private static Optional<String> value(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue);
    }

    Optional<Entry> entry(String uid) {
        return entries.stream().filter(e -> e.uid().equals(uid)).findFirst();
    }

    List<String> uids() {
        return entries.stream().map(Entry::uid).toList();
    }
}
