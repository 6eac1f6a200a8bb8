package it.convergo.evaluation.progress;

import java.util.List;

/**
 * Why a challenge is (not yet) ready to rank: every submitted proposal must be evaluated (consensus
 * completed) or found not eligible. Lists each proposal still open, what it waits for and from whom.
 */
public record ReadinessReport(long challengeId, int submitted, List<Waiting> waiting) {

    /** What a proposal still waits for, in the order the evaluation goes. */
    public enum Reason {
        /** submitted, but no evaluation was started: the reconciliation repairs it */
        NO_EVALUATION,
        ELIGIBILITY,
        PANEL,
        REPLACEMENT,
        DECLARATION,
        SCORES,
        CONSENSUS,
        /** the applicant's answer to a question of the panel (the consensus waits for it) */
        CLARIFICATION;

        public String labelKey() {
            return "evaluation.readiness." + name();
        }
    }

    /** One proposal not done yet; {@code who} names the people it waits for (empty when it is the firm). */
    public record Waiting(long proposalId, String proposalTitle, Reason reason, List<String> who) {
    }

    public boolean ready() {
        return waiting.isEmpty();
    }
}
