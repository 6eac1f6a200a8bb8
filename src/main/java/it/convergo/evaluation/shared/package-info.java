/**
 * What every step of the evaluation shares: who may touch which challenge's evaluation
 * ({@link it.convergo.evaluation.shared.EvaluationAccess}) and the e-mails it sends
 * ({@link it.convergo.evaluation.shared.Notices}).
 */
package it.convergo.evaluation.shared;
