package it.convergo.network;

/** Text limits of the profile and of needs and offers: the forms show them and the services check them again. */
public final class NetworkLimits {

    public static final int DESCRIPTION = 3000;
    public static final int CAPABILITIES = 1000;
    public static final int REFERENCES = 3000;
    public static final int CERTIFICATIONS = 500;
    public static final int LINKS = 1000;
    public static final int FACILITIES = 3000;
    public static final int TEAM_MAX = 100_000;
    public static final int POST_TITLE = 150;
    public static final int POST_SUMMARY = 2000;
    public static final int INTEREST_NOTE = 1000;
    /** A request to team up: a short note, like an interest's. */
    public static final int PARTNER_MESSAGE = 1000;
    /** Requests one organisation may send for one challenge: enough for a consortium, too few to mail the network. */
    public static final int PARTNER_REQUESTS = 15;
    public static final int MESSAGE = 2000;
    /** How long a need or offer stays on the board unless renewed, and the longest an owner may choose. */
    public static final int POST_DAYS_DEFAULT = 90;
    public static final int POST_DAYS_MAX = 180;

    private NetworkLimits() {
    }
}
