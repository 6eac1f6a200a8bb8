package it.convergo.network.exchange;

/** One of my organisation's posts with how many interests wait for an answer and how many were accepted. */
public record MyPostRow(PostCard card, long pending, long accepted) {
}
