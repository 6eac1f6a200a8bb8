package it.convergo.challenge;

/** Who owns the results of a winning proposal. */
public enum IpTerms {
    APPLICANT_KEEPS,
    LICENCE_TO_FIRM,
    ASSIGNMENT_TO_FIRM,
    TO_BE_NEGOTIATED;

    public String labelKey() {
        return "challenge.ip." + name();
    }
}
