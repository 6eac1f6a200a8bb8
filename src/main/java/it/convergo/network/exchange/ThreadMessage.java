package it.convergo.network.exchange;

import java.time.Instant;

/** A message of a private thread; {@code mine} when written by the reader's organisation. */
public record ThreadMessage(String author, String organisationName, String body, Instant at, boolean mine) {
}
