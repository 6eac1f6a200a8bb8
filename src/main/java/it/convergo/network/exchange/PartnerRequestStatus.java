package it.convergo.network.exchange;

/**
 * The answer to a request to team up. Ignoring is silent: the asking side keeps seeing "waiting for an answer", and
 * the asked side may still accept it later.
 */
public enum PartnerRequestStatus {
    PENDING, ACCEPTED, IGNORED;

    public String labelKey() {
        return "consortium.status." + name();
    }
}
