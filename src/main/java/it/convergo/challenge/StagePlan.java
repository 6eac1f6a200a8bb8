package it.convergo.challenge;

import java.time.Instant;

/**
 * The two-stage set-up of a challenge: whether it has an outline stage, the stage it is in (null before it
 * opens and for single-stage challenges), the outline deadline and when the shortlist was confirmed. The full
 * stage's deadline is the challenge's {@code closesAt}.
 */
public record StagePlan(boolean twoStage, ChallengeStage stage, Instant outlineClosesAt, Instant shortlistConfirmedAt) {

    public static final StagePlan SINGLE = new StagePlan(false, null, null, null);

    /** Whether outlines may be submitted now (before the outline deadline is judged by the caller's instant). */
    public boolean acceptsOutlines() {
        return twoStage && stage == ChallengeStage.OUTLINE;
    }

    /** Whether full proposals may be submitted: always for a single-stage challenge, in the full stage otherwise. */
    public boolean acceptsFullProposals() {
        return !twoStage || stage == ChallengeStage.FULL;
    }

    /** The deadline of the stage a proposal is in: the outline deadline for an outline, the challenge's otherwise. */
    public Instant deadline(boolean outline, Instant closesAt) {
        return outline && twoStage && outlineClosesAt != null ? outlineClosesAt : closesAt;
    }

    /** Whether a submission arriving at {@code at} is inside the window of the stage now open. */
    boolean windowOpen(Instant opensAt, Instant closesAt, Instant at) {
        if (!twoStage) {
            return true;
        }
        return switch (stage == null ? ChallengeStage.OUTLINE : stage) {
            case OUTLINE -> outlineClosesAt != null && at.isBefore(outlineClosesAt);
            case SHORTLIST -> false;
            case FULL -> true;
        };
    }
}
