package it.convergo.network;

/** The fields of a profile that carry their own visibility, with the visibility a new profile starts from. */
public enum ProfileField {
    DESCRIPTION(FieldVisibility.PUBLIC),
    AREAS(FieldVisibility.PUBLIC),
    SECTORS(FieldVisibility.PUBLIC),
    TRL(FieldVisibility.PUBLIC),
    CAPABILITIES(FieldVisibility.PUBLIC),
    REFERENCES(FieldVisibility.MEMBERS),
    TEAM_SIZE(FieldVisibility.MEMBERS),
    REGION(FieldVisibility.PUBLIC),
    CERTIFICATIONS(FieldVisibility.PUBLIC),
    LINKS(FieldVisibility.PUBLIC),
    PARTNERING(FieldVisibility.PUBLIC),
    FACILITIES(FieldVisibility.PUBLIC);

    private final FieldVisibility byDefault;

    ProfileField(FieldVisibility byDefault) {
        this.byDefault = byDefault;
    }

    public FieldVisibility byDefault() {
        return byDefault;
    }

    public String labelKey() {
        return "network.field." + name();
    }
}
