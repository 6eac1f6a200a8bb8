package it.convergo.challenge;

import java.time.Instant;

/**
 * Published (in the changing transaction) when a firm moves the closing time of a published challenge, so
 * that the proposals feature can tell every applicant; followers are mailed by the challenge feature.
 */
public record DeadlineChanged(long challengeId, Instant previousClosesAt, Instant closesAt) {
}
