package it.convergo.challenge;

import java.time.Instant;

/**
 * A clarification question as the firm (or its asker) sees it. {@code mine} tells the asker it is theirs;
 * the firm never learns who asked.
 */
public record ClarificationRow(long id, String question, String answer, boolean publicAnswer, Instant askedAt,
                               Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
