/**
 * Step 2: the panels. The firm composes each eligible proposal's panel by hand with suggestions or for the
 * whole challenge with the assignment optimiser, optionally after a bidding round; {@code Seats} gives the
 * later steps the evaluators' places on the panels.
 */
package it.convergo.evaluation.panel;
