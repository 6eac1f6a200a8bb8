package it.convergo.challenge;

import java.time.Instant;

/** A firm's own challenge in its "My challenges" list. */
public record ChallengeRow(long id, String slug, String title, ChallengeStatus status, Visibility visibility,
                           Instant opensAt, Instant closesAt, Instant updatedAt) {
}
