package it.convergo.evaluation.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BidRepository extends JpaRepository<EvaluatorBid, Long> {

    List<EvaluatorBid> findByChallengeId(long challengeId);

    List<EvaluatorBid> findByChallengeIdAndEvaluatorId(long challengeId, long evaluatorId);

    Optional<EvaluatorBid> findByProposalIdAndEvaluatorId(long proposalId, long evaluatorId);

    List<EvaluatorBid> findByProposalId(long proposalId);
}
