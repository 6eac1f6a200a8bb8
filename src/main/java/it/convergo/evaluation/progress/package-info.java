/**
 * The evaluation as a whole: it starts when a challenge closes and tells people at each workflow step
 * ({@code EvaluationFlow}, repaired by {@code EvaluationReconciliation}), shows the firm its board and the
 * evaluator their inbox, and opens the ranking when every proposal is done ({@code Readiness}).
 */
package it.convergo.evaluation.progress;
