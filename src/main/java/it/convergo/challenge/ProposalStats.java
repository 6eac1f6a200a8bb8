package it.convergo.challenge;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the challenge feature needs to know about proposals, implemented by the proposals feature. Until
 * that bean exists, every challenge counts as having no proposals.
 */
public interface ProposalStats {

    String DRAFTS = "drafts";
    String SUBMITTED = "submitted";
    String ELIGIBLE = "eligible";
    String UNDER_EVALUATION = "underEvaluation";
    String DECIDED = "decided";

    /** Proposals submitted (and not withdrawn) to the challenge; above zero, promises are frozen. */
    long submittedCount(long challengeId);

    /** Counts keyed by {@link #DRAFTS}, {@link #SUBMITTED}, {@link #ELIGIBLE}, {@link #UNDER_EVALUATION}, {@link #DECIDED}. */
    Map<String, Long> countsByState(long challengeId);

    /** Submissions per day (Europe/Rome calendar day). */
    Map<LocalDate, Long> submissionsPerDay(long challengeId);
}
