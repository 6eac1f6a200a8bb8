package it.convergo.evaluation.scoring;

/** How useful an individual review was to the panel, as its rapporteur or the firm rated it. */
public enum ReviewQuality {
    HELPFUL,
    ADEQUATE,
    POOR;

    public String labelKey() {
        return "evaluation.quality." + name();
    }
}
