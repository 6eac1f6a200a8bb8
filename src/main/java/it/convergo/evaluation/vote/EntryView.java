package it.convergo.evaluation.vote;

import java.time.Instant;

/** An applicant's view of its proposal's place in an audience award, with what voters would read. */
public record EntryView(long proposalId, long version, String prizeName, String challengeTitle, String proposalTitle,
                        Instant opensAt, Instant closesAt, VoteStatus status, boolean optedIn, String publicTitle,
                        String publicSummary, boolean editable) {
}
