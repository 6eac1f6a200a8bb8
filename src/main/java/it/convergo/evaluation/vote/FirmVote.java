package it.convergo.evaluation.vote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The firm's view of its audience award: the settings, how many ballots were cast (never for whom before the
 * count), the admitted proposals with whether their applicants opted in, and the results once counted.
 */
public record FirmVote(long id, long version, String prizeName, Audience audience, boolean excludeFirmStaff,
                       boolean excludeEvaluators, Instant opensAt, Instant closesAt, VoteStatus status, boolean editable,
                       long ballotsCast, List<Candidate> entries, Optional<VoteResults> results) {

    /** An eligible proposal: whether the firm admitted it and whether its applicant agreed to be shown. */
    public record Candidate(long proposalId, String title, String organisationName, boolean entered, boolean optedIn) {
    }
}
