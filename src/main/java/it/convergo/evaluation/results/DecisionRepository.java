package it.convergo.evaluation.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<ProposalDecision, Long> {
    Optional<ProposalDecision> findByProposalId(long proposalId);

    List<ProposalDecision> findByChallengeId(long challengeId);
}
