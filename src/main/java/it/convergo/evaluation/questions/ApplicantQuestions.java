package it.convergo.evaluation.questions;

import java.util.List;

/** The panel's questions on one of the applicant's proposals. */
public record ApplicantQuestions(long proposalId, String proposalTitle, String challengeTitle, List<Question> questions) {
}
