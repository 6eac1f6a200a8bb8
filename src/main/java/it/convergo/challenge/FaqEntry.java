package it.convergo.challenge;

import java.time.Instant;

/** A published answer: the question without who asked it. */
public record FaqEntry(long id, String question, String answer, Instant answeredAt) {
}
