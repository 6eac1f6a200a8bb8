package it.convergo.evaluation.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteEntryRepository extends JpaRepository<VoteEntry, Long> {

    List<VoteEntry> findByVoteIdOrderById(long voteId);

    List<VoteEntry> findByVoteIdAndOptedInTrueOrderById(long voteId);

    Optional<VoteEntry> findByProposalId(long proposalId);
}
