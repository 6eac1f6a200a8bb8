package it.convergo.proposal;

import java.time.Instant;
import java.util.List;

/**
 * What the firm's manager is told about one proposal: near-duplicates anywhere on the portal, and the same
 * organisation's earlier proposals to this firm's challenges (none listed for a blind challenge).
 */
public record DuplicateReport(List<NearDuplicate> nearDuplicates, List<EarlierProposal> earlier, boolean blind) {

    /** Where the near-duplicate was submitted, which decides how much of it the firm may see. */
    public enum Where {
        /** The same challenge: the firm reads it anyway. */
        SAME_CHALLENGE,
        /** Another challenge of this firm that it may read (closed; not blind; no conflict declared). */
        OWN_CHALLENGE,
        /** Anywhere else: another firm's challenge, or one the firm may not read yet. Only the fact is told. */
        ELSEWHERE
    }

    /** A near-duplicate; {@code proposalId}, {@code title} and {@code challengeTitle} are null for {@link Where#ELSEWHERE}. */
    public record NearDuplicate(Where where, Long proposalId, String title, String challengeTitle, int similarityPercent) {
    }

    /** An earlier proposal of the same organisation to one of this firm's (closed) challenges. */
    public record EarlierProposal(long proposalId, String title, String challengeTitle, ProposalStatus status,
                                  Instant submittedAt) {
    }
}
