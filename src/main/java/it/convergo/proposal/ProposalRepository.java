package it.convergo.proposal;

import it.convergo.account.Organisations;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    String LISTED = "select new it.convergo.proposal.ProposalRepository$Listed(p.id, p.challengeId, p.challengeTitle, "
            + "p.challengeClosesAt, p.status, p.editing, p.title, p.acronym, p.updatedAt, p.submittedAt, p.submissionVersion, "
            + "p.outcomeNote, p.organisationId, p.purgedAt) from Proposal p where 1 = 1 ";

    String MINE = "and (p.organisationId = :org or p.id in (select m.proposalId from ProposalMember m where m.email = :email)) ";

    /** The proposals of an organisation and those its member was invited to, one page (one query). */
    @Query(LISTED + MINE + "order by p.updatedAt desc, p.id desc")
    List<Listed> mine(@Param("org") long organisationId, @Param("email") String email, Pageable pageable);

    @Query("select count(p) from Proposal p where 1 = 1 " + MINE)
    long countMine(@Param("org") long organisationId, @Param("email") String email);

    /** Submitted (and not withdrawn) proposals of a challenge, for the firm: never drafts. */
    @Query(LISTED + "and p.challengeId = :challenge and p.status in :states order by p.submittedAt asc, p.id asc")
    List<Listed> submittedTo(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states,
                             Pageable pageable);

    String NOT_CONFLICTED = "and p.id not in (select c.proposalId from StaffConflict c where c.userId = :me) ";

    /** As {@link #submittedTo}, without the proposals this firm manager declared a conflict with. */
    @Query(LISTED + "and p.challengeId = :challenge and p.status in :states " + NOT_CONFLICTED
            + "order by p.submittedAt asc, p.id asc")
    List<Listed> submittedToFor(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states,
                                @Param("me") long userId, Pageable pageable);

    @Query("select count(p) from Proposal p where p.challengeId = :challenge and p.status in :states " + NOT_CONFLICTED)
    long countSubmittedToFor(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states,
                             @Param("me") long userId);

    @Query("select count(p) from Proposal p where p.challengeId = :challenge and p.status in :states")
    long countSubmittedTo(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states);

    /** Full proposals only: outlines of a two-stage challenge never reach the evaluation. */
    @Query("select p from Proposal p where p.challengeId = :challenge and p.status in :states "
            + "and p.stage = it.convergo.proposal.ProposalStage.FULL order by p.submittedAt asc, p.id asc")
    List<Proposal> allSubmittedTo(@Param("challenge") long challengeId, @Param("states") Collection<ProposalStatus> states);

    @Query("select p from Proposal p where p.challengeId = :challenge and p.organisationId = :org and p.status <> "
            + "it.convergo.proposal.ProposalStatus.WITHDRAWN")
    List<Proposal> live(@Param("challenge") long challengeId, @Param("org") long organisationId);

    @Query("select p.challengeId, count(p) from Proposal p where p.challengeId in :challenges and p.status = :status group by p.challengeId")
    List<Object[]> countByChallenge(@Param("challenges") Collection<Long> challengeIds, @Param("status") ProposalStatus status);

    @Query("select p.status, count(p) from Proposal p where p.challengeId = :challenge group by p.status")
    List<Object[]> countsByStatus(@Param("challenge") long challengeId);

    @Query("select s.submittedAt from ProposalSubmission s, Proposal p where p.id = s.proposalId and p.challengeId = :challenge "
            + "and s.number = 1 and p.status <> it.convergo.proposal.ProposalStatus.WITHDRAWN")
    List<Instant> firstSubmissions(@Param("challenge") long challengeId);

    @Modifying
    @Query("update Proposal p set p.challengeClosesAt = :closes where p.challengeId = :challenge")
    int deadlineChanged(@Param("challenge") long challengeId, @Param("closes") Instant closesAt);

    /** One line of a list as the query reads it: the organisation's name comes from the account module. */
    record Listed(long id, long challengeId, String challengeTitle, Instant closesAt, ProposalStatus status, boolean editing,
                  String title, String acronym, Instant updatedAt, Instant submittedAt, int submissionVersion,
                  String outcomeNote, long organisationId, Instant purgedAt) {

        /** The page's lines with their organisations' names, asked for in one call. */
        static List<ProposalRow> rows(List<Listed> page, Organisations organisations) {
            Map<Long, String> names = organisations.names(page.stream().map(Listed::organisationId).distinct().toList());
            return page.stream().map(l -> new ProposalRow(l.id, l.challengeId, l.challengeTitle, l.closesAt, l.status, l.editing,
                    l.title, l.acronym, l.updatedAt, l.submittedAt, l.submissionVersion, l.outcomeNote,
                    names.getOrDefault(l.organisationId, ""), l.purgedAt)).toList();
        }
    }
}
