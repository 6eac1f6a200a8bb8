/**
 * The evaluation's screens: the firm's evaluation page (eligibility, panels, progress, ranking, audit), the
 * evaluator's inbox, scoring page, bidding and consensus, and the applicant's result.
 */
@NullMarked
package it.convergo.evaluation.ui;

import org.jspecify.annotations.NullMarked;
