/**
 * Steps 3 and 4, the evaluator's: confidentiality, conflict-of-interest declarations, score sheets (saved,
 * then submitted once) and reports of proposals that are not anonymous. {@code Sheets} gives the later steps
 * the submitted scores; {@code SheetSubmitted} tells the consensus that one came in.
 */
package it.convergo.evaluation.scoring;
