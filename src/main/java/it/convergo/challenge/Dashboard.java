package it.convergo.challenge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A firm's overview of one challenge. {@code timeLeft} is null unless the challenge is open or upcoming. */
public record Dashboard(long challengeId, String title, String slug, ChallengeStatus status, Instant opensAt,
                        Instant closesAt, Duration timeLeft, Map<String, Long> counts, Map<LocalDate, Long> perDay,
                        long followers, long unansweredQuestions) {
}
