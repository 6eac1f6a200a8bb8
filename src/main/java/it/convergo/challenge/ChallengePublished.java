package it.convergo.challenge;

/** Published (Spring event) inside the transaction in which a firm publishes a challenge. */
public record ChallengePublished(long challengeId) {
}
