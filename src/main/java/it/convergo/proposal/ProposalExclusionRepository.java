package it.convergo.proposal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalExclusionRepository extends JpaRepository<ProposalExclusion, Long> {

    List<ProposalExclusion> findByProposalIdOrderById(long proposalId);

    List<ProposalExclusion> findByProposalIdInOrderById(Collection<Long> proposalIds);

    long countByProposalId(long proposalId);
}
