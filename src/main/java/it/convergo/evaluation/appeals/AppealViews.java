package it.convergo.evaluation.appeals;

import it.convergo.evaluation.results.Outcome;
import java.time.Instant;
import java.util.List;

/** What each party reads of an appeal; reviewers' names reach only the firm. */
public final class AppealViews {

    private AppealViews() {
    }

    /**
     * The applicant's side on the result page: whether the challenge admits appeals ({@code days} > 0), until
     * when, whether they may file now, and their appeal if filed (never the reviewers or their opinions).
     */
    public record Applicant(long proposalId, int days, Instant deadline, boolean canFile, Filed appeal) {
    }

    /** An appeal as its applicant sees it. */
    public record Filed(AppealStatus status, Instant filedAt, String grounds, AppealOutcome outcome, String reply,
                        Instant decidedAt) {
    }

    /** An appeal as the firm sees it, with the reviewers' opinions and the outcome under appeal. */
    public record Firm(long id, long proposalId, String proposalTitle, String organisationName, String grounds,
                       Instant filedAt, AppealStatus status, Instant reviewDueAt, Outcome resultOutcome,
                       Outcome outcomeBefore, List<Opinion> opinions, AppealOutcome outcome, String reply,
                       Instant decidedAt) {
    }

    /** One reviewer's opinion; {@code supports} and {@code text} are null until given. */
    public record Opinion(long reviewerId, String reviewerName, Boolean supports, String text, Instant givenAt) {
    }

    /**
     * An appeal as a reviewer sees it: in a blind challenge without the applicant's organisation; never the
     * other reviewers.
     */
    public record Reviewer(long id, String challengeTitle, String proposalTitle, String organisationName,
                           String grounds, Outcome resultOutcome, String feedback, Instant filedAt, Instant dueAt,
                           boolean open, Boolean supports, String opinion) {
    }

    /** One line of the reviewer's inbox. */
    public record ReviewItem(long appealId, String challengeTitle, String proposalTitle, Instant dueAt, boolean open) {
    }
}
