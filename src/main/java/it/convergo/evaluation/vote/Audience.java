package it.convergo.evaluation.vote;

/** Who may vote. Either way only signed-in accounts (whose e-mail was confirmed to sign in): no anonymous ballots. */
public enum Audience {
    /** accounts of the network's organisations (applicants, firms, research labs) */
    MEMBERS,
    /** any signed-in account, including people without an organisation */
    PUBLIC;

    public String labelKey() {
        return "vote.audience." + name();
    }
}
