package it.convergo.challenge;

import java.math.BigDecimal;
import java.time.Instant;

/** A challenge as the catalogue lists it: one row of a paged query, no collections loaded. */
public record ChallengeCard(long id, String slug, String title, String summary, ChallengeStatus status, Sector sector,
                            String firmName, Instant opensAt, Instant closesAt, BigDecimal rewardTotal, String language) {
}
