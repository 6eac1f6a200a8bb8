package it.convergo.evaluation;

import java.time.Instant;

/** An evaluation an evaluator still owes, and by when. */
public record DueEvaluation(long proposalId, long challengeId, String challengeTitle, String proposalTitle, Instant dueAt) {
}
