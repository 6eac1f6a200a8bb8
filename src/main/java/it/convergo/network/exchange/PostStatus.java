package it.convergo.network.exchange;

/**
 * Where a post is. An open post past its expiry is expired already for every reader (the board asks for the
 * date); the daily job only writes it down and tells the owner.
 */
public enum PostStatus {
    OPEN, EXPIRED, CLOSED;

    public String labelKey() {
        return "exchange.status." + name();
    }
}
