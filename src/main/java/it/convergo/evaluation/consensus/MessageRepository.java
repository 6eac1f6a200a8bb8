package it.convergo.evaluation.consensus;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<ConsensusMessage, Long> {
    List<ConsensusMessage> findByProposalIdOrderByCreatedAtAsc(long proposalId);
}
