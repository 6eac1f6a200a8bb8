package it.convergo.challenge;

/** Public challenges are in the catalogue; invite-only ones are seen by invited organisations or with the code. */
public enum Visibility {
    PUBLIC,
    INVITE_ONLY;

    public String labelKey() {
        return "challenge.visibility." + name();
    }
}
