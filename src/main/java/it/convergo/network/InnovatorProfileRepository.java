package it.convergo.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InnovatorProfileRepository extends JpaRepository<InnovatorProfile, Long> {

    Optional<InnovatorProfile> findByOrganisationId(long organisationId);

    /** The profiles of a page of search hits, in one query (the caller restores the engine's order). */
    @Query("select p from InnovatorProfile p where p.organisationId in :organisations")
    List<InnovatorProfile> findByOrganisations(@Param("organisations") Collection<Long> organisations);
}
