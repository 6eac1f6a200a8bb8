package it.convergo.account;

/** Head-count bands as in the EU SME definition. */
public enum OrganisationSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public String labelKey() {
        return "orgsize." + name();
    }
}
