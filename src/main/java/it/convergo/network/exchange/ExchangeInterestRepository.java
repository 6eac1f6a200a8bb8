package it.convergo.network.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangeInterestRepository extends JpaRepository<ExchangeInterest, Long> {

    Optional<ExchangeInterest> findByPostIdAndOrganisationId(long postId, long organisationId);

    @Query("select i from ExchangeInterest i where i.postId = :post order by i.createdAt, i.id")
    List<ExchangeInterest> onPost(@Param("post") long postId);

    @Query("select i from ExchangeInterest i where i.organisationId = :organisation order by i.createdAt desc, i.id desc")
    List<ExchangeInterest> ofOrganisation(@Param("organisation") long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    /** Per post of a page and per state, how many interests: one query for the page of "my posts". */
    @Query("select i.postId, i.status, count(i) from ExchangeInterest i where i.postId in :posts group by i.postId, i.status")
    List<Object[]> countsByPost(@Param("posts") Collection<Long> postIds);
}
