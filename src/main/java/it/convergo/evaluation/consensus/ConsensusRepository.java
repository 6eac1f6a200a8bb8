package it.convergo.evaluation.consensus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsensusRepository extends JpaRepository<Consensus, Long> {
    Optional<Consensus> findByProposalId(long proposalId);

    List<Consensus> findByChallengeId(long challengeId);

    List<Consensus> findByProposalIdIn(java.util.Collection<Long> proposalIds);
}
