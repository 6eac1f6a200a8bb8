package it.convergo.calendar;

import java.time.Instant;

/**
 * One dated entry: a point in time (a deadline has no length). The uid stays the same for the same date of
 * the same thing, so clients update an entry instead of adding a second one; {@code sequence} rises when it
 * changes.
 */
record IcsEvent(String uid, Instant at, String summary, String description, String url, long sequence) {
}
