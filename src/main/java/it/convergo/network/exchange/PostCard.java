package it.convergo.network.exchange;

import it.convergo.base.TechnologyArea;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A post as a list shows it. */
public record PostCard(long id, PostKind kind, Arrangement arrangement, TechnologyArea area, String title,
                       String summary, long organisationId, String organisationName, @Nullable Integer trl,
                       Instant expiresAt, PostStatus status) {
}
