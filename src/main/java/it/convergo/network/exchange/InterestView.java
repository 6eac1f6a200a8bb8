package it.convergo.network.exchange;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An interest as one side sees it: {@code organisationName} is the other side (the interested organisation for the
 * post's owner, the post's organisation for the interested one); the contact only once accepted.
 */
public record InterestView(long id, long postId, String postTitle, long organisationId, String organisationName,
                           @Nullable String note, InterestStatus status, Instant createdAt, @Nullable Contact contact) {
}
