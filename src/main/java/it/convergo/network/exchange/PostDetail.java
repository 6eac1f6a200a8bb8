package it.convergo.network.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post's page for this reader: whether it is their organisation's (then with the interests received), their own
 * organisation's interest in it if any, and the owner's contact once that interest is accepted.
 */
public record PostDetail(PostCard card, boolean own, boolean mayExpressInterest, List<InterestView> interests,
                         @Nullable InterestView myInterest, @Nullable Contact ownerContact) {
}
