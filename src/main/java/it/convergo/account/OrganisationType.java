package it.convergo.account;

public enum OrganisationType {
    STARTUP,
    SME,
    LARGE_COMPANY,
    UNIVERSITY,
    RESEARCH_CENTRE,
    OTHER;

    public String labelKey() {
        return "orgtype." + name();
    }
}
