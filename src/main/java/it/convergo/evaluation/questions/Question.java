package it.convergo.evaluation.questions;

import java.time.Instant;

/**
 * A question of the panel as one reader may see it: the panel reads the answer with the applicant's identity
 * removed in blind challenges; the applicant reads the question without any evaluator's name; nobody but the
 * firm learns who answered.
 */
public record Question(long id, long proposalId, String proposalTitle, String question, Instant askedAt,
                       Instant dueAt, QuestionStatus status, String answer, Instant answeredAt) {

    public boolean open() {
        return status == QuestionStatus.OPEN;
    }
}
