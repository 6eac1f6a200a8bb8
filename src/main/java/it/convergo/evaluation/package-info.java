/**
 * The evaluation of a challenge's proposals, from the close to the published results. Its API for other
 * modules is small: the demo data ({@link it.convergo.evaluation.DemoEvaluation}), the text limits and an
 * evaluator's due dates ({@link it.convergo.evaluation.EvaluationDueDates}, for the calendar feed); it
 * reacts to the workflow's events and calls the challenge, proposal, account and workflow modules' services.
 * Inside, one sub-package per step, each owning its tables (repositories stay package-private; what a later
 * step reads comes through a small public finder):
 * <ul>
 *   <li>{@code eligibility} — the firm decides which proposals are eligible;</li>
 *   <li>{@code panel} — the panels (by hand or with the assignment optimiser), the evaluators' seats,
 *       the optional bidding round;</li>
 *   <li>{@code scoring} — confidentiality, conflict declarations, score sheets, anonymity reports;</li>
 *   <li>{@code consensus} — the rapporteur's final scores after the panel's discussion;</li>
 *   <li>{@code questions} — the clarification round: the panel's questions to the applicant and the answers;</li>
 *   <li>{@code results} — ranking, decisions, publication, the Evaluation Summary Report;</li>
 *   <li>{@code progress} — the evaluation as a whole: started when a challenge closes, the firm's board,
 *       the evaluator's inbox, the rule that opens the ranking;</li>
 *   <li>{@code shared} — access checks and e-mails every step uses;</li>
 *   <li>{@code ui} — the screens.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Evaluation")
package it.convergo.evaluation;

import org.springframework.modulith.ApplicationModule;
