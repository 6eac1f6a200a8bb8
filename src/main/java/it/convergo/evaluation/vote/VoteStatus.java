package it.convergo.evaluation.vote;

/** A vote's step, moved by the {@code prize-vote} process's timers. */
public enum VoteStatus {
    SCHEDULED, OPEN, COUNTED;

    public String labelKey() {
        return "vote.status." + name();
    }
}
