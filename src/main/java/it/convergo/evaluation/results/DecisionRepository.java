package it.convergo.evaluation.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<ProposalDecision, Long> {
    Optional<ProposalDecision> findByProposalId(long proposalId);

    List<ProposalDecision> findByChallengeId(long challengeId);

    List<ProposalDecision> findByProposalIdIn(java.util.Collection<Long> proposalIds);

    @org.springframework.data.jpa.repository.Query("select d.challengeId, count(d) from ProposalDecision d "
            + "where d.challengeId in :challenges group by d.challengeId")
    List<Object[]> countByChallenge(@org.springframework.data.repository.query.Param("challenges") java.util.Collection<Long> challengeIds);
}
