package it.convergo.challenge;

import java.time.Instant;

/**
 * What a proposal needs to know of its challenge to be edited, checked and submitted: the state and opening
 * window, the form and the NDA rule, and the title and language the proposal's documents show. Cheap to read
 * (no Markdown rendered, no files or firm looked up), because uploads and submissions read it at every step of
 * the deadline rush.
 */
public record ChallengeRules(long id, ChallengeStatus status, String title, String language, boolean ndaRequired,
                             Instant opensAt, Instant closesAt, FormDefinition form) {

    /** Whether a submission that arrived at {@code at} is inside the opening window of an open challenge. */
    public boolean openAt(Instant at) {
        return openAt(status, opensAt, closesAt, at);
    }

    static boolean openAt(ChallengeStatus status, Instant opensAt, Instant closesAt, Instant at) {
        return status == ChallengeStatus.OPEN && opensAt != null && closesAt != null && !at.isBefore(opensAt)
                && at.isBefore(closesAt);
    }
}
