package it.convergo.network.exchange;

import java.util.List;

/** The private thread of an accepted interest: the post, the interest, and the messages in order. */
public record ExchangeThread(PostCard post, InterestView interest, String otherOrganisation, List<ThreadMessage> messages) {
}
