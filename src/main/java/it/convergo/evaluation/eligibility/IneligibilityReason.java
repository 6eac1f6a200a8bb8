package it.convergo.evaluation.eligibility;

/** Why a proposal is not eligible; the applicant reads the translated reason plus the firm's note. */
public enum IneligibilityReason {
    ORGANISATION_TYPE,
    LOCATION,
    COMPANY_SIZE,
    OUT_OF_SCOPE,
    INCOMPLETE,
    TRL_OUT_OF_RANGE,
    DUPLICATE,
    OTHER;

    public String labelKey() {
        return "evaluation.ineligible." + name();
    }
}
