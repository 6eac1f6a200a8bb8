package it.convergo.network.exchange;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRequestRepository extends JpaRepository<PartnerRequest, Long> {

    Optional<PartnerRequest> findByChallengeIdAndFromOrganisationIdAndToOrganisationId(long challengeId, long from, long to);

    long countByChallengeIdAndFromOrganisationId(long challengeId, long from);

    @Query("select r from PartnerRequest r where r.toOrganisationId = :organisation order by r.createdAt desc, r.id desc")
    List<PartnerRequest> received(@Param("organisation") long organisationId, Pageable pageable);

    long countByToOrganisationId(long organisationId);

    long countByToOrganisationIdAndStatus(long organisationId, PartnerRequestStatus status);

    @Query("select r from PartnerRequest r where r.fromOrganisationId = :organisation order by r.createdAt desc, r.id desc")
    List<PartnerRequest> sent(@Param("organisation") long organisationId, Pageable pageable);

    long countByFromOrganisationId(long organisationId);

    @Query("select r from PartnerRequest r where r.fromOrganisationId = :organisation and r.challengeId = :challenge")
    List<PartnerRequest> sentFor(@Param("organisation") long organisationId, @Param("challenge") long challengeId);
}
