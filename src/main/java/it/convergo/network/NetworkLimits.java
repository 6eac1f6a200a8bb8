package it.convergo.network;

/** Text limits of the profile: the form's fields show them and the service checks them again. */
public final class NetworkLimits {

    public static final int DESCRIPTION = 3000;
    public static final int CAPABILITIES = 1000;
    public static final int REFERENCES = 3000;
    public static final int CERTIFICATIONS = 500;
    public static final int LINKS = 1000;
    public static final int FACILITIES = 3000;
    public static final int TEAM_MAX = 100_000;

    private NetworkLimits() {
    }
}
