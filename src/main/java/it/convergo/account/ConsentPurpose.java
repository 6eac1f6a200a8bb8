package it.convergo.account;

/**
 * What a person may consent to, each with the translation key of the exact text they are shown when deciding:
 * its SHA-256 in their language is stored with every decision, so a changed text is a new version.
 */
public enum ConsentPurpose {

    /** Optional e-mails: challenges the network thinks may interest the organisation, news; never a transactional mail. */
    MARKETING_EMAILS("consent.text.MARKETING_EMAILS"),
    /** The weekly e-mail of the challenges that fit the organisation's network profile (network.WeeklyDigest). */
    WEEKLY_DIGEST("consent.text.WEEKLY_DIGEST"),
    /** Showing the organisation's profile in the network's public directory (the profile editor's checkbox). */
    DIRECTORY_LISTING("network.editor.listed");

    private final String textKey;

    ConsentPurpose(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }

    public String labelKey() {
        return "consent.purpose." + name();
    }

    /** Purposes a person changes on their own profile page; the directory listing follows the network profile. */
    public boolean email() {
        return this == MARKETING_EMAILS || this == WEEKLY_DIGEST;
    }
}
