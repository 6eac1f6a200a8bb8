/**
 * Calendars in iCalendar (RFC 5545) format: a challenge's key dates as a file on its public page, and a private
 * feed per user (a secret address calendar clients subscribe to) with the dates that concern them as applicant,
 * evaluator or firm manager. Times are written in Europe/Rome with its time-zone definition.
 */
@ApplicationModule(displayName = "Calendar")
package it.convergo.calendar;

import org.springframework.modulith.ApplicationModule;
