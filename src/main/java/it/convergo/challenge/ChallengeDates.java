package it.convergo.challenge;

import java.time.Instant;

/**
 * A challenge's key dates and what names it, for calendars. Dates not set are null. {@code version} rises with
 * every change, so a calendar entry made from it can tell clients that it replaces an older copy.
 */
public record ChallengeDates(long id, String slug, String title, ChallengeStatus status, Instant opensAt,
                             Instant closesAt, Instant evaluationEndsAt, Instant resultsAt, long version) {
}
