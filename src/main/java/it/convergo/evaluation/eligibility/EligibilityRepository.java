package it.convergo.evaluation.eligibility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityRepository extends JpaRepository<EligibilityDecision, Long> {
    Optional<EligibilityDecision> findByProposalId(long proposalId);

    List<EligibilityDecision> findByChallengeId(long challengeId);
}
