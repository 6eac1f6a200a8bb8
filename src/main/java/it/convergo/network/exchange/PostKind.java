package it.convergo.network.exchange;

/** A need (a problem looking for a technology) or an offer (a technology, patent or facility to share). */
public enum PostKind {
    NEED, OFFER;

    public String labelKey() {
        return "exchange.kind." + name();
    }
}
