package it.convergo.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalSubmissionRepository extends JpaRepository<ProposalSubmission, Long> {

    Optional<ProposalSubmission> findByProposalIdAndNumber(long proposalId, int number);

    @Query("select new it.convergo.proposal.SubmissionInfo(s.number, s.submittedAt, s.contentHash) "
            + "from ProposalSubmission s where s.proposalId = :id order by s.number desc")
    List<SubmissionInfo> history(@Param("id") long proposalId);

    @Query("select count(s) > 0 from ProposalSubmission s join s.fileIds f where f = :file")
    boolean refersTo(@Param("file") long fileId);
}
