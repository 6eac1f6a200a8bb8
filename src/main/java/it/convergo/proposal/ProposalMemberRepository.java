package it.convergo.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalMemberRepository extends JpaRepository<ProposalMember, Long> {

    List<ProposalMember> findByProposalIdOrderByEmail(long proposalId);

    Optional<ProposalMember> findByProposalIdAndEmail(long proposalId, String email);

    boolean existsByProposalIdAndEmail(long proposalId, String email);

    long countByProposalId(long proposalId);
}
