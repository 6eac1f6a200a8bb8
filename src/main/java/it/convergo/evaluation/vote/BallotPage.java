package it.convergo.evaluation.vote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in person sees of an audience award: the opted-in entries while it is open, whether and why they
 * may not vote, their own ballot, and the results once counted.
 */
public record BallotPage(long challengeId, String prizeName, String challengeTitle, String challengeSlug,
                         Instant opensAt, Instant closesAt, Phase phase, String refusalKey,
                         List<Card> cards, Optional<MyBallot> myBallot, Optional<VoteResults> results,
                         List<Long> myAdmittedProposals) {

    /** An entry as voters read it; {@code own} when it is the voter's own organisation's (no self-votes). */
    public record Card(long entryId, String title, String summary, boolean own) {
    }

    public record MyBallot(String title, Instant castAt) {
    }

    /** Where the vote stands now: before, during, after the closing (not yet counted), counted. */
    public enum Phase {
        UPCOMING, OPEN, COUNTING, COUNTED;

        public String labelKey() {
            return "vote.phase." + name();
        }
    }

    public boolean open() {
        return phase == Phase.OPEN;
    }

    /** Whether the signed-in person may cast a ballot now. */
    public boolean mayVote() {
        return open() && refusalKey == null && myBallot.isEmpty();
    }
}
