package it.convergo.evaluation.panel;

/** A proposal as evaluators see it while bidding: title and abstract (anonymised in blind challenges). */
public record BidItem(long proposalId, String title, String abstractText, Bid bid) {
}
