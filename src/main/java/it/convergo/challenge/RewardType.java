package it.convergo.challenge;

/** What a winner gets; a challenge may offer several. */
public enum RewardType {
    PRIZE_MONEY,
    PILOT_CONTRACT,
    PROOF_OF_CONCEPT,
    MENTORING,
    FACILITIES,
    OTHER;

    public String labelKey() {
        return "challenge.reward." + name();
    }
}
