/**
 * Step 5: the panel's discussion and the rapporteur's final scores. {@code FinalScores} gives the ranking, the
 * readiness rule and the inboxes the completed ones.
 */
package it.convergo.evaluation.consensus;
