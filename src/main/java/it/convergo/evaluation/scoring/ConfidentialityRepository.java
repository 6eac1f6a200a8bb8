package it.convergo.evaluation.scoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConfidentialityRepository extends JpaRepository<ConfidentialityAcceptance, Long> {
    boolean existsByChallengeIdAndEvaluatorId(long challengeId, long evaluatorId);
}
