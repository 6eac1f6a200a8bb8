package it.convergo.network;

/** Who may see a profile field: everyone (also visitors not signed in), signed-in members, or the organisation. */
public enum FieldVisibility {
    PUBLIC, MEMBERS, PRIVATE;

    /** Whether a reader at {@code tier} may see a field with this visibility. */
    public boolean visibleAt(FieldVisibility tier) {
        return ordinal() <= tier.ordinal();
    }

    public String labelKey() {
        return "network.visibility." + name();
    }
}
