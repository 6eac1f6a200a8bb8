package it.convergo.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    String ROW = "select new it.convergo.proposal.ProposalRow(p.id, p.challengeId, p.challengeTitle, p.challengeClosesAt, "
            + "p.status, p.editing, p.title, p.acronym, p.updatedAt, p.submittedAt, p.submissionVersion, p.outcomeNote, o.name) "
            + "from Proposal p, Organisation o where o.id = p.organisationId ";

    String MINE = "and (p.organisationId = :org or p.id in (select m.proposalId from ProposalMember m where m.email = :email)) ";

    /** The proposals of an organisation and those its member was invited to, one page (one query). */
    @Query(ROW + MINE + "order by p.updatedAt desc, p.id desc")
    List<ProposalRow> mine(@Param("org") long organisationId, @Param("email") String email, Pageable pageable);

    @Query("select count(p) from Proposal p where 1 = 1 " + MINE)
    long countMine(@Param("org") long organisationId, @Param("email") String email);

    /** Submitted (and not withdrawn) proposals of a challenge, for the firm: never drafts. */
    @Query(ROW + "and p.challengeId = :challenge and p.status in :states order by p.submittedAt asc, p.id asc")
    List<ProposalRow> submittedTo(@Param("challenge") long challengeId,
                                  @Param("states") java.util.Collection<ProposalStatus> states, Pageable pageable);

    @Query("select count(p) from Proposal p where p.challengeId = :challenge and p.status in :states")
    long countSubmittedTo(@Param("challenge") long challengeId,
                          @Param("states") java.util.Collection<ProposalStatus> states);

    @Query("select p.id from Proposal p where p.challengeId = :challenge and p.status in :states order by p.submittedAt asc, p.id asc")
    List<Long> idsSubmittedTo(@Param("challenge") long challengeId,
                              @Param("states") java.util.Collection<ProposalStatus> states);

    @Query("select p from Proposal p where p.challengeId = :challenge and p.organisationId = :org and p.status <> "
            + "it.convergo.proposal.ProposalStatus.WITHDRAWN")
    List<Proposal> live(@Param("challenge") long challengeId, @Param("org") long organisationId);

    @Query("select p.status, count(p) from Proposal p where p.challengeId = :challenge group by p.status")
    List<Object[]> countsByStatus(@Param("challenge") long challengeId);

    @Query("select s.submittedAt from ProposalSubmission s, Proposal p where p.id = s.proposalId and p.challengeId = :challenge "
            + "and s.number = 1 and p.status <> it.convergo.proposal.ProposalStatus.WITHDRAWN")
    List<Instant> firstSubmissions(@Param("challenge") long challengeId);

    @Modifying
    @Query("update Proposal p set p.challengeClosesAt = :closes where p.challengeId = :challenge")
    int deadlineChanged(@Param("challenge") long challengeId, @Param("closes") Instant closesAt);

    @Query("select o.name from Organisation o where o.id = :id")
    Optional<String> organisationName(@Param("id") long organisationId);

    @Query("select o.vatNumber from Organisation o where o.id = :id")
    Optional<String> organisationVat(@Param("id") long organisationId);

    @Query("select new it.convergo.proposal.ProposalRepository$Person(u.id, u.email, u.fullName, u.language) "
            + "from UserAccount u where u.id = :id")
    Optional<Person> person(@Param("id") long userId);

    @Query("select new it.convergo.proposal.ProposalRepository$Person(u.id, u.email, u.fullName, u.language) "
            + "from UserAccount u where u.email in :emails")
    List<Person> people(@Param("emails") java.util.Collection<String> emails);

    record Person(long id, String email, String fullName, String language) {
    }
}
