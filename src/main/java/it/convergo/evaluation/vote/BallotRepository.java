package it.convergo.evaluation.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    Optional<Ballot> findByVoteIdAndVoterId(long voteId, long voterId);

    long countByVoteId(long voteId);

    @Query("select b.entryId, count(b) from Ballot b where b.voteId = :vote group by b.entryId")
    List<Object[]> countPerEntry(@Param("vote") long voteId);
}
