package it.convergo.network.exchange;

import java.util.List;

/** A live need or offer that fits an organisation's profile: in one of its areas, with the words both share. */
public record PostMatch(PostCard post, List<String> words) {
}
