package it.convergo.challenge;

/** The industrial sector a challenge comes from; labels under {@code sector.<NAME>}. */
public enum Sector {
    MECHANICAL_ENGINEERING,
    CERAMICS_MATERIALS,
    AUTOMOTIVE,
    FOOD_BEVERAGE,
    ENERGY_UTILITIES,
    CHEMICALS_PHARMA,
    TEXTILE_FASHION,
    CONSTRUCTION,
    LOGISTICS_TRANSPORT,
    ELECTRONICS_ICT,
    HEALTHCARE,
    OTHER;

    public String labelKey() {
        return "sector." + name();
    }
}
