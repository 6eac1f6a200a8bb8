package it.convergo.evaluation.eligibility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityRepository extends JpaRepository<EligibilityDecision, Long> {
    Optional<EligibilityDecision> findByProposalId(long proposalId);

    List<EligibilityDecision> findByChallengeId(long challengeId);

    @org.springframework.data.jpa.repository.Query("select d.challengeId, count(d) from EligibilityDecision d "
            + "where d.challengeId in :challenges and d.eligible = true group by d.challengeId")
    List<Object[]> countEligible(@org.springframework.data.repository.query.Param("challenges") java.util.Collection<Long> challengeIds);
}
