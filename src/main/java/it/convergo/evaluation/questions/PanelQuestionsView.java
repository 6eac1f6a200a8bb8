package it.convergo.evaluation.questions;

import java.time.Instant;
import java.util.List;

/**
 * The clarification round of one proposal as a panel member sees it: the questions and answers, and for the
 * rapporteur while the evaluation runs, when a question asked now would be due.
 */
public record PanelQuestionsView(long proposalId, boolean blind, boolean canAsk, Instant dueIfAskedNow,
                                 List<Question> questions) {
}
