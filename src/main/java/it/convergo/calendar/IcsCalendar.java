package it.convergo.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a whole calendar: UTF-8, CRLF line ends, lines folded at 75 octets, text escaped. Deadlines are
 * transparent (they do not mark the reader busy), appointments (with a length) opaque; every entry carries
 * the time of writing as DTSTAMP.
 */
final class IcsCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private IcsCalendar() {
    }

    static byte[] write(String name, List<IcsEvent> events, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Convergo//Calendar//EN");
        lines.add("CALSCALE:GREGORIAN");
        // no METHOD: that is for scheduling messages (RFC 5546), whose PUBLISH would also need an organiser
        lines.add("X-WR-CALNAME:" + IcsText.escape(name));
        lines.add("X-WR-TIMEZONE:" + RomeTimeZone.TZID);
        // how often subscribed clients should read the feed again (RFC 7986, and Outlook's older property)
        lines.add("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        lines.add("X-PUBLISHED-TTL:PT1H");
        lines.addAll(RomeTimeZone.VTIMEZONE);
        for (IcsEvent e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + e.uid());
            lines.add(RomeTimeZone.utc("DTSTAMP", stamp));
            lines.add("SEQUENCE:" + e.sequence());
            lines.add(RomeTimeZone.local("DTSTART", e.at()));
            if (e.length() != null) {
                lines.add(RomeTimeZone.local("DTEND", e.at().plus(e.length())));
            }
            lines.add("SUMMARY:" + IcsText.escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                lines.add("DESCRIPTION:" + IcsText.escape(e.description()));
            }
            if (e.url() != null) {
                lines.add("URL:" + e.url());
            }
            if (e.location() != null && !e.location().isBlank()) {
                lines.add("LOCATION:" + IcsText.escape(e.location()));
            }
            // an appointment takes its reader's time; a deadline does not
            lines.add(e.length() != null ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(IcsText.fold(line)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
