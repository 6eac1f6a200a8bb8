package it.convergo.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * Writes pitch slots as an iCalendar (.ics) file: the calendar feature implements it with its RFC 5545
 * writer, so the evaluation can attach invitations to its e-mails without depending on the calendar.
 */
public interface PitchCalendarWriter {

    String CONTENT_TYPE = "text/calendar; charset=utf-8";

    byte[] write(List<PitchAppointment> slots, Locale locale);
}
