package it.convergo.network.exchange;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request to team up as one side sees it: the other organisation, the challenge, the answer as this side may know
 * it (an ignored request reads as waiting to the side that asked), and the other side's contact once accepted.
 */
public record PartnerRequestView(long id, boolean received, long challengeId, String challengeSlug,
                                 String challengeTitle, long otherOrganisationId, String otherOrganisationName,
                                 @Nullable String message, PartnerRequestStatus status, Instant createdAt,
                                 @Nullable Contact contact) {
}
