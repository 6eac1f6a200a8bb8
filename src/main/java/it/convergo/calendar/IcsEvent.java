package it.convergo.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * One dated entry. A deadline is a point in time ({@code length} null, transparent); an appointment such as a
 * pitch slot has a length and a place, and marks its reader busy. The uid stays the same for the same date of
 * the same thing, so clients update an entry instead of adding a second one; {@code sequence} rises when it
 * changes.
 */
record IcsEvent(String uid, Instant at, String summary, String description, String url, long sequence,
                Duration length, String location) {

    /** A point in time (a deadline). */
    IcsEvent(String uid, Instant at, String summary, String description, String url, long sequence) {
        this(uid, at, summary, description, url, sequence, null, null);
    }
}
