package it.convergo.evaluation.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnonymityReportRepository extends JpaRepository<AnonymityReport, Long> {

    Optional<AnonymityReport> findByProposalIdAndEvaluatorId(long proposalId, long evaluatorId);

    List<AnonymityReport> findByChallengeIdOrderByReportedAt(long challengeId);
}
