package it.convergo.challenge;

/** Where a challenge stands: drafted by the firm, published and waiting to open, open, closed, decided. */
public enum ChallengeStatus {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    DECIDED;

    public String labelKey() {
        return "challenge.status." + name();
    }

    public boolean isPublished() {
        return this != DRAFT;
    }
}
