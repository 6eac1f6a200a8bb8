package it.convergo.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A challenge as the catalogue lists it: one row of a paged query, no collections loaded. {@code stage} is the
 * stage of a two-stage call (null for a single-stage one and before opening), {@code outlineClosesAt} its outline
 * deadline.
 */
public record ChallengeCard(long id, String slug, String title, String summary, ChallengeStatus status, Sector sector,
                            String firmName, Instant opensAt, Instant closesAt, BigDecimal rewardTotal, String language,
                            @Nullable ChallengeStage stage, @Nullable Instant outlineClosesAt) {
}
