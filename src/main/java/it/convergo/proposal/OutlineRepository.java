package it.convergo.proposal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outlines of a two-stage challenge as the firm shortlists them: each with its latest outline submission
 * (what the applicant sent, not a working copy reopened since), including those already advanced to the full stage.
 */
interface OutlineRepository extends JpaRepository<Proposal, Long> {

    String OUTLINES = """
            from Proposal p, ProposalSubmission s
            where p.challengeId = :challenge and s.proposalId = p.id
              and (p.status in :states or p.shortlisted = true)
              and s.number = (select max(s2.number) from ProposalSubmission s2
                              where s2.proposalId = p.id and s2.stage = it.convergo.proposal.ProposalStage.OUTLINE)
            """;

    @Query("select new it.convergo.proposal.OutlineRepository$Row(p.id, s.title, s.acronym, s.abstractText, p.organisationId, "
            + "s.submittedAt, p.shortlisted, p.shortlistFeedback) " + OUTLINES + " order by s.submittedAt asc, p.id asc")
    List<Row> outlines(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states, Pageable page);

    @Query("select count(p) " + OUTLINES)
    long countOutlines(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states);

    /** Outlines of the challenge still in the outline stage (submitted, not withdrawn), for the decisions. */
    @Query("select p from Proposal p where p.challengeId = :challenge and p.stage = it.convergo.proposal.ProposalStage.OUTLINE "
            + "and p.status in :states order by p.id")
    List<Proposal> submittedOutlines(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states);

    record Row(long id, String title, String acronym, String abstractText, long organisationId, Instant submittedAt,
               Boolean shortlisted, String feedback) {
    }
}
