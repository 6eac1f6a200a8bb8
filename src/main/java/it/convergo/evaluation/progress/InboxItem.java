package it.convergo.evaluation.progress;

import java.time.Instant;

/** One line of an evaluator's inbox: what to do on which proposal, and by when. */
public record InboxItem(long proposalId, long challengeId, String challengeTitle, String proposalTitle, Step step,
                        Instant dueAt) {

    public enum Step {
        DECLARE, SCORE, SUBMITTED, CONSENSUS, DONE, CONFLICT;

        public String labelKey() {
            return "evaluation.step." + name();
        }

        public boolean open() {
            return this == DECLARE || this == SCORE || this == CONSENSUS;
        }
    }
}
