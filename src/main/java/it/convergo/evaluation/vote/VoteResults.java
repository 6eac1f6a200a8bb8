package it.convergo.evaluation.vote;

import java.time.Instant;
import java.util.List;

/** A counted vote: every entry with its votes, highest first; entries with the same votes share a rank (a tie). */
public record VoteResults(String prizeName, Instant countedAt, long ballots, List<Row> rows) {

    public record Row(int rank, long entryId, String title, int votes, boolean tied) {
    }
}
