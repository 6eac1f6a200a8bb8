package it.convergo.evaluation.appeals;

/** Where an appeal stands. */
public enum AppealStatus {
    /** filed: the firm chooses reviewers */
    FILED,
    /** reviewers are giving their opinions */
    UNDER_REVIEW,
    /** every opinion is in: the firm decides */
    TO_DECIDE,
    /** decided, with a reply the applicant reads */
    CLOSED;

    public String labelKey() {
        return "appeal.status." + name();
    }
}
