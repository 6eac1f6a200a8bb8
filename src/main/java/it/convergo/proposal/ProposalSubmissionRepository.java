package it.convergo.proposal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalSubmissionRepository extends JpaRepository<ProposalSubmission, Long> {

    Optional<ProposalSubmission> findByProposalIdAndNumber(long proposalId, int number);

    @Query("select new it.convergo.proposal.SubmissionInfo(s.number, s.submittedAt, s.contentHash, s.stage) "
            + "from ProposalSubmission s where s.proposalId = :id order by s.number desc")
    List<SubmissionInfo> history(@Param("id") long proposalId);

    @Query("select count(s) > 0 from ProposalSubmission s join s.fileIds f where f = :file")
    boolean refersTo(@Param("file") long fileId);

    /** What a summary shows of the latest submission of each of these proposals, in one query (no receipts). */
    @Query("select new it.convergo.proposal.ProposalSubmissionRepository$Head(s.proposalId, s.number, s.title, s.acronym, "
            + "s.abstractText, s.areas, s.submittedAt, s.contentHash) from ProposalSubmission s, Proposal p "
            + "where p.id = s.proposalId and s.number = p.submissionVersion and p.id in :ids")
    List<Head> latestHeads(@Param("ids") Collection<Long> proposalIds);

    /** The budget requested in the latest submission of each of these proposals, as [proposal id, budget]. */
    @Query("select s.proposalId, s.budget from ProposalSubmission s, Proposal p "
            + "where p.id = s.proposalId and s.number = p.submissionVersion and p.id in :ids")
    List<Object[]> latestBudgets(@Param("ids") Collection<Long> proposalIds);

    record Head(long proposalId, int number, String title, String acronym, String abstractText, String areas,
                Instant submittedAt, String contentHash) {

        static Head of(ProposalSubmission s) {
            return new Head(s.proposalId, s.number, s.title, s.acronym, s.abstractText, s.areas, s.submittedAt, s.contentHash);
        }
    }
}
