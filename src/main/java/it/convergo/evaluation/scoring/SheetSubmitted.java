package it.convergo.evaluation.scoring;

import it.convergo.challenge.ChallengeView;

/**
 * An evaluator submitted their score sheet, inside the submitting transaction: the consensus opens after the
 * panel's last one and takes the new scores of one the rapporteur had reopened ({@code again}).
 */
public record SheetSubmitted(long proposalId, ChallengeView challenge, boolean again) {
}
