package it.convergo.base;

/**
 * The shared taxonomy of technology areas: evaluators declare expertise in them, challenges and proposals
 * are tagged with them, and the assignment optimiser matches the two. Labels come from the translation
 * bundle under {@code area.<NAME>}.
 */
public enum TechnologyArea {
    ADDITIVE_MANUFACTURING,
    INDUSTRIAL_IOT,
    ROBOTICS,
    AI_MACHINE_LEARNING,
    DIGITAL_TWIN,
    CYBERSECURITY,
    ADVANCED_MATERIALS,
    ENERGY_EFFICIENCY,
    CIRCULAR_ECONOMY,
    LOGISTICS,
    QUALITY_INSPECTION,
    AUTOMOTIVE_MOBILITY,
    AGRIFOOD,
    BIOTECH_HEALTH;

    public String labelKey() {
        return "area." + name();
    }
}
