package it.convergo.evaluation.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SheetRepository extends JpaRepository<ScoreSheet, Long> {
    Optional<ScoreSheet> findByProposalIdAndEvaluatorId(long proposalId, long evaluatorId);

    List<ScoreSheet> findByProposalId(long proposalId);

    List<ScoreSheet> findByEvaluatorIdAndStatus(long evaluatorId, ScoreSheet.Status status);

    List<ScoreSheet> findByChallengeIdAndStatus(long challengeId, ScoreSheet.Status status);
}
