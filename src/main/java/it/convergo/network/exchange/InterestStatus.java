package it.convergo.network.exchange;

/** The owner's answer to an interest: accepting reveals the contacts both ways and opens the thread. */
public enum InterestStatus {
    PENDING, ACCEPTED, DECLINED;

    public String labelKey() {
        return "exchange.interest." + name();
    }
}
