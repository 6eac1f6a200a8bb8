package it.convergo.network.exchange;

/** How the technology would change hands: what an offer proposes or a need looks for. */
public enum Arrangement {
    LICENSING, CO_DEVELOPMENT, FACILITY_USE;

    public String labelKey() {
        return "exchange.arrangement." + name();
    }
}
