package it.convergo.challenge;

/**
 * Where a two-stage challenge stands while it is open: outlines accepted, the firm shortlisting, invited full
 * proposals accepted. Single-stage challenges have no stage.
 */
public enum ChallengeStage {
    OUTLINE,
    SHORTLIST,
    FULL;

    public String labelKey() {
        return "challenge.stage." + name();
    }
}
