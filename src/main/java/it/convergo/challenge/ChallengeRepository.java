package it.convergo.challenge;

import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import java.math.BigDecimal;
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

    /** The scalar part of {@link ChallengeRules}, without loading the challenge (its texts are long). */
    @Query("select new it.convergo.challenge.ChallengeRepository$RulesRow(c.id, c.status, c.title, c.language, c.ndaRequired,"
            + " c.opensAt, c.closesAt, c.titleMax, c.acronymMax, c.abstractMax, c.budgetMax, c.twoStage, c.stage,"
            + " c.outlineClosesAt, c.shortlistConfirmedAt) from Challenge c where c.id = :id")
    Optional<RulesRow> findRules(@Param("id") long id);

    @Query("select q from Challenge c join c.questions q where c.id = :id order by index(q)")
    List<Challenge.Question> findQuestions(@Param("id") long id);

    record RulesRow(long id, ChallengeStatus status, String title, String language, boolean ndaRequired, Instant opensAt,
                    Instant closesAt, int titleMax, int acronymMax, int abstractMax, BigDecimal budgetMax,
                    boolean twoStage, ChallengeStage stage, Instant outlineClosesAt, Instant shortlistConfirmedAt) {

        StagePlan stages() {
            return twoStage ? new StagePlan(true, stage, outlineClosesAt, shortlistConfirmedAt) : StagePlan.SINGLE;
        }
    }

    /**
     * The catalogue: published challenges in the given states that this visitor may see (public ones, and
     * invite-only ones for invited organisations or users who entered the code), with the optional filters.
     */
    String CATALOGUE = """
            from Challenge c
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

    /** One page of catalogue rows; the firms' names are added from the account feature, in one call per page. */
    @Query("select new it.convergo.challenge.ChallengeRepository$CardRow(c.id, c.slug, c.title, c.summary, c.status, "
            + "c.sector, c.firmId, c.opensAt, c.closesAt, c.rewardTotal, c.language, c.stage, c.outlineClosesAt) " + CATALOGUE)
    List<CardRow> catalogue(@Param("statuses") Collection<ChallengeStatus> statuses, @Param("orgId") long orgId,
                                  @Param("userId") long userId, @Param("search") String search, @Param("sector") Sector sector,
                                  @Param("area") TechnologyArea area, @Param("reward") RewardType reward,
                                  @Param("orgType") OrganisationType orgType, @Param("deadline") Instant deadline,
                                  Pageable pageable);

    @Query("select count(c) " + CATALOGUE)
    long countCatalogue(@Param("statuses") Collection<ChallengeStatus> statuses, @Param("orgId") long orgId,
                        @Param("userId") long userId, @Param("search") String search, @Param("sector") Sector sector,
                        @Param("area") TechnologyArea area, @Param("reward") RewardType reward,
                        @Param("orgType") OrganisationType orgType, @Param("deadline") Instant deadline);

    /** The cards of challenges the search engine found, in any order (the caller restores the engine's order). */
    @Query("select new it.convergo.challenge.ChallengeRepository$CardRow(c.id, c.slug, c.title, c.summary, c.status, "
            + "c.sector, c.firmId, c.opensAt, c.closesAt, c.rewardTotal, c.language, c.stage, c.outlineClosesAt) "
            + "from Challenge c where c.id in :ids")
    List<CardRow> cards(@Param("ids") Collection<Long> ids);

    String MINE = """
            from Challenge c
            where (:firmId is null or c.firmId = :firmId)
              and (:search = '' or c.searchText like :search)
              and (:status is null or c.status = :status)
            """;

    @Query("select new it.convergo.challenge.ChallengeRow(c.id, c.slug, c.title, c.status, c.visibility, c.opensAt, "
            + "c.closesAt, c.updatedAt) " + MINE)
    List<ChallengeRow> mine(@Param("firmId") Long firmId, @Param("search") String search,
                            @Param("status") ChallengeStatus status, Pageable pageable);

    @Query("select count(c) " + MINE)
    long countMine(@Param("firmId") Long firmId, @Param("search") String search, @Param("status") ChallengeStatus status);

    record CardRow(long id, String slug, String title, String summary, ChallengeStatus status, Sector sector,
                   long firmId, Instant opensAt, Instant closesAt, BigDecimal rewardTotal, String language,
                   ChallengeStage stage, Instant outlineClosesAt) {

        ChallengeCard card(String firmName) {
            return new ChallengeCard(id, slug, title, summary, status, sector, firmName, opensAt, closesAt, rewardTotal,
                    language, stage, outlineClosesAt);
        }
    }

    /** Every challenge with a retention rule, as (id, months). */
    @Query("select c.id, c.retentionMonths from Challenge c where c.retentionMonths is not null")
    List<Object[]> retentionRules();
}
