package it.convergo.challenge;

import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    Optional<Challenge> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /**
     * The catalogue: published challenges in the given states that this visitor may see (public ones, and
     * invite-only ones for invited organisations or users who entered the code), with the optional filters.
     */
    String CATALOGUE = """
            from Challenge c join c.firm o
            where c.status in :statuses
              and (c.visibility = it.convergo.challenge.Visibility.PUBLIC
                   or :orgId member of c.invitedOrganisations
                   or exists (select a.id from ChallengeAccess a where a.challengeId = c.id and a.userId = :userId and a.granted = true))
              and (:search = '' or c.searchText like :search)
              and (:sector is null or c.sector = :sector)
              and (:area is null or :area member of c.areas)
              and (:reward is null or exists (select r.type from Challenge c2 join c2.rewards r where c2.id = c.id and r.type = :reward))
              and (:orgType is null or c.eligibleTypes is empty or :orgType member of c.eligibleTypes)
              and (:deadline is null or c.closesAt <= :deadline)
            """;

    @Query("select new it.convergo.challenge.ChallengeCard(c.id, c.slug, c.title, c.summary, c.status, c.sector, o.name, "
            + "c.opensAt, c.closesAt, c.rewardTotal, c.language) " + CATALOGUE)
    List<ChallengeCard> catalogue(@Param("statuses") Collection<ChallengeStatus> statuses, @Param("orgId") long orgId,
                                  @Param("userId") long userId, @Param("search") String search, @Param("sector") Sector sector,
                                  @Param("area") TechnologyArea area, @Param("reward") RewardType reward,
                                  @Param("orgType") OrganisationType orgType, @Param("deadline") Instant deadline,
                                  Pageable pageable);

    @Query("select count(c) " + CATALOGUE)
    long countCatalogue(@Param("statuses") Collection<ChallengeStatus> statuses, @Param("orgId") long orgId,
                        @Param("userId") long userId, @Param("search") String search, @Param("sector") Sector sector,
                        @Param("area") TechnologyArea area, @Param("reward") RewardType reward,
                        @Param("orgType") OrganisationType orgType, @Param("deadline") Instant deadline);

    String MINE = """
            from Challenge c
            where (:firmId is null or c.firm.id = :firmId)
              and (:search = '' or c.searchText like :search)
              and (:status is null or c.status = :status)
            """;

    @Query("select new it.convergo.challenge.ChallengeRow(c.id, c.slug, c.title, c.status, c.visibility, c.opensAt, "
            + "c.closesAt, c.updatedAt) " + MINE)
    List<ChallengeRow> mine(@Param("firmId") Long firmId, @Param("search") String search,
                            @Param("status") ChallengeStatus status, Pageable pageable);

    @Query("select count(c) " + MINE)
    long countMine(@Param("firmId") Long firmId, @Param("search") String search, @Param("status") ChallengeStatus status);

    @Query("select o from Organisation o where o.name = :name")
    List<Organisation> organisationsNamed(@Param("name") String name);

    @Query("select new it.convergo.challenge.OrganisationChoice(o.id, o.name) from Organisation o "
            + "where (:search = '' or lower(o.name) like :search) and o.id <> :own order by o.name")
    List<OrganisationChoice> organisationChoices(@Param("search") String search, @Param("own") long ownId, Pageable pageable);

    @Query("select new it.convergo.challenge.OrganisationChoice(o.id, o.name) from Organisation o where o.id in :ids order by o.name")
    List<OrganisationChoice> organisationChoices(@Param("ids") Collection<Long> ids);

    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> organisation(@Param("id") long id);

    @Query("select o.type from Organisation o where o.id = :id")
    Optional<OrganisationType> organisationType(@Param("id") long id);

    @Query("select u.id from UserAccount u where u.email = :email")
    Optional<Long> userIdByEmail(@Param("email") String email);

    /** E-mail and language of the given users (followers, askers) for notifications. */
    @Query("select new it.convergo.challenge.ChallengeRepository$Contact(u.email, u.language) from UserAccount u "
            + "where u.id in :ids and u.disabled = false")
    List<Contact> contacts(@Param("ids") Collection<Long> ids);

    record Contact(String email, String language) {
    }
}
