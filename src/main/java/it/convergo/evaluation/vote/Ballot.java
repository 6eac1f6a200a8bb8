package it.convergo.evaluation.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One voter's final ballot; the table's unique key (vote, voter) makes a second one impossible. */
@Entity
@Table(name = "prize_vote_ballot")
class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "vote_id", nullable = false)
    long voteId;
    @Column(name = "entry_id", nullable = false)
    long entryId;
    /** Null once the voter's account was erased: the ballot still counts. */
    @Column(name = "voter_id")
    Long voterId;
    @Column(name = "cast_at", nullable = false)
    Instant castAt;

    protected Ballot() {
    }

    Ballot(long voteId, long entryId, long voterId, Instant castAt) {
        this.voteId = voteId;
        this.entryId = entryId;
        this.voterId = voterId;
        this.castAt = castAt;
    }
}
