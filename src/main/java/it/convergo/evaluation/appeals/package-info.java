/**
 * Step 8, after the results: an applicant appeals once per proposal within the challenge's window; reviewers
 * who were not on the panel give their opinion; the firm upholds the result or re-evaluates it (through
 * {@code results.AppealRevision}) with a reasoned reply. The {@code proposal-appeal} process tracks each appeal.
 */
package it.convergo.evaluation.appeals;
