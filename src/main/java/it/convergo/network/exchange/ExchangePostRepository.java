package it.convergo.network.exchange;

import it.convergo.base.TechnologyArea;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangePostRepository extends JpaRepository<ExchangePost, Long> {

    /** The board: open posts not past their expiry, whatever the daily job has written down yet. */
    String BOARD = """
            from ExchangePost p
            where p.status = it.convergo.network.exchange.PostStatus.OPEN and p.expiresAt > :now
              and (:kind is null or p.kind = :kind)
              and (:area is null or p.area = :area)
              and (:arrangement is null or p.arrangement = :arrangement)
              and (:search = '' or lower(p.title) like :search or lower(p.summary) like :search)
            """;

    @Query("select p " + BOARD + " order by p.createdAt desc, p.id desc")
    List<ExchangePost> board(@Param("now") Instant now, @Param("kind") PostKind kind, @Param("area") TechnologyArea area,
                             @Param("arrangement") Arrangement arrangement, @Param("search") String search,
                             Pageable pageable);

    @Query("select count(p) " + BOARD)
    long countBoard(@Param("now") Instant now, @Param("kind") PostKind kind, @Param("area") TechnologyArea area,
                    @Param("arrangement") Arrangement arrangement, @Param("search") String search);

    /** Live posts of other organisations in these areas, newest first: the candidates that may fit a profile. */
    @Query("""
            select p from ExchangePost p
            where p.status = it.convergo.network.exchange.PostStatus.OPEN and p.expiresAt > :now
              and p.area in :areas and p.organisationId <> :organisation
            order by p.createdAt desc, p.id desc
            """)
    List<ExchangePost> liveInAreas(@Param("now") Instant now, @Param("areas") Collection<TechnologyArea> areas,
                                   @Param("organisation") long excludedOrganisation, Pageable pageable);

    @Query("select p from ExchangePost p where p.organisationId = :organisation order by p.createdAt desc, p.id desc")
    List<ExchangePost> ofOrganisation(@Param("organisation") long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    @Query("select p.id from ExchangePost p where p.status = it.convergo.network.exchange.PostStatus.OPEN "
            + "and p.expiresAt <= :now order by p.id")
    List<Long> pastExpiry(@Param("now") Instant now, Pageable pageable);

    /** Marks one post expired; 0 when another node (or the owner's renewal) got there first. */
    @Modifying
    @Query("update ExchangePost p set p.status = it.convergo.network.exchange.PostStatus.EXPIRED, p.version = p.version + 1 "
            + "where p.id = :id and p.status = it.convergo.network.exchange.PostStatus.OPEN and p.expiresAt <= :now")
    int markExpired(@Param("id") long id, @Param("now") Instant now);
}
