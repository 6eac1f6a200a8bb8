package it.convergo.challenge;

import java.time.Instant;

/**
 * What a proposal needs to know of its challenge to be edited, checked and submitted: the state and opening
 * window, the form and the NDA rule, and the title and language the proposal's documents show. Cheap to read
 * (no Markdown rendered, no files or firm looked up), because uploads and submissions read it at every step of
 * the deadline rush.
 */
public record ChallengeRules(long id, ChallengeStatus status, String title, String language, boolean ndaRequired,
                             Instant opensAt, Instant closesAt, FormDefinition form, StagePlan stages) {

    /**
     * Whether a submission that arrived at {@code at} is inside the opening window of an open challenge (for a
     * two-stage challenge: of the stage now open; the caller checks that the proposal is in that stage).
     */
    public boolean openAt(Instant at) {
        return openAt(status, opensAt, closesAt, at, stages);
    }

    static boolean openAt(ChallengeStatus status, Instant opensAt, Instant closesAt, Instant at, StagePlan stages) {
        return status == ChallengeStatus.OPEN && opensAt != null && closesAt != null && !at.isBefore(opensAt)
                && at.isBefore(closesAt) && (stages == null || stages.windowOpen(opensAt, closesAt, at));
    }

    /** The form of one stage: for an outline only the questions marked for it (positions kept), else all. */
    public java.util.List<Integer> questionPositions(boolean outline) {
        java.util.List<Integer> positions = new java.util.ArrayList<>();
        for (int i = 0; i < form.questions().size(); i++) {
            if (!outline || !stages.twoStage() || form.questions().get(i).outline()) {
                positions.add(i);
            }
        }
        return positions;
    }
}
