package it.convergo.calendar;

import it.convergo.base.Times;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Times as the portal shows them, in Europe/Rome, with the zone's definition (central European summer time
 * from the last Sunday of March to the last Sunday of October) that clients such as Outlook need alongside TZID.
 */
final class RomeTimeZone {

    static final String TZID = "Europe/Rome";

    static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + TZID,
            "X-LIC-LOCATION:" + TZID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private RomeTimeZone() {
    }

    /** {@code DTSTART;TZID=Europe/Rome:20270131T170000}. */
    static String local(String property, Instant at) {
        return property + ";TZID=" + TZID + ":" + LOCAL.format(at.atZone(Times.ROME));
    }

    /** {@code DTSTAMP:20261201T224100Z}: stamps are always in UTC. */
    static String utc(String property, Instant at) {
        return property + ":" + LOCAL.format(at.atOffset(ZoneOffset.UTC)) + "Z";
    }
}
