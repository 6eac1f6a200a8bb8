package it.convergo.account;

/**
 * The sizes and shapes of what people type into the account forms, in one place: the forms' constraints, the
 * service's checks and the database columns all read them from here.
 */
public final class AccountLimits {

    /** An e-mail address: the longest a mail server has to accept (RFC 5321). */
    public static final int EMAIL = 254;
    /** A local part of at most 64 characters, one {@code @}, a domain with a dot; no spaces. */
    public static final String EMAIL_PATTERN = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";
    public static final int FULL_NAME = 150;
    public static final int ORGANISATION_NAME = 200;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private AccountLimits() {
    }
}
