package it.convergo.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/** Instants are stored in UTC and shown as wall-clock time in Europe/Rome, with the zone named. */
public final class Times {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Times() {
    }

    /** "31 gen 2027, 17:00 CET" / "31 Jan 2027, 17:00 CET". */
    public static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm zzz", locale);
        var zoned = instant.atZone(ROME);
        return date.format(zoned) + ", " + time.format(zoned);
    }

    /**
     * A UTC calendar for JDBC timestamps written and read by hand: instants are stored as UTC wall-clock time,
     * as Hibernate does with {@code jdbc.time_zone: UTC}. A new one each call, because a calendar is mutable.
     */
    public static Calendar utcCalendar() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
