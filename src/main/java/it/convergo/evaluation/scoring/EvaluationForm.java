package it.convergo.evaluation.scoring;

import it.convergo.challenge.CriterionDef;
import it.convergo.proposal.ProposalContent;
import java.time.Instant;
import java.util.List;

/**
 * Everything an evaluator needs to score a proposal: the criteria, the (possibly anonymised) content, their
 * own sheet, and — only once their own evaluation is submitted — the other panel members' scores.
 */
public record EvaluationForm(long proposalId, String challengeTitle, boolean blind, List<CriterionDef> criteria,
                             ProposalContent content, SheetInput sheet, boolean submitted, long sheetVersion,
                             Instant dueAt, List<PeerSheet> peers) {

    /** Another evaluator's submitted scores (names hidden: "Evaluator 2"). */
    public record PeerSheet(int number, SheetInput sheet) {
    }
}
