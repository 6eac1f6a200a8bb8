package it.convergo.evaluation.consensus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsensusRepository extends JpaRepository<Consensus, Long> {
    Optional<Consensus> findByProposalId(long proposalId);

    List<Consensus> findByChallengeId(long challengeId);

    List<Consensus> findByProposalIdIn(java.util.Collection<Long> proposalIds);

    @org.springframework.data.jpa.repository.Query("select c.challengeId, count(c) from Consensus c "
            + "where c.challengeId in :challenges and c.status = :completed "
            + "group by c.challengeId")
    List<Object[]> countByChallengeAndStatus(@org.springframework.data.repository.query.Param("challenges")
                                             java.util.Collection<Long> challengeIds,
                                             @org.springframework.data.repository.query.Param("completed") Consensus.Status status);
}
