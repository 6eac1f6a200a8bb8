package it.convergo.evaluation.questions;

/** Where a question of the panel stands: waiting for the applicant, answered, or its deadline passed. */
public enum QuestionStatus {
    OPEN, ANSWERED, EXPIRED;

    public String labelKey() {
        return "evaluation.questions.status." + name();
    }
}
