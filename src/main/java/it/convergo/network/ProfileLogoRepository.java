package it.convergo.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Logos, always filtered by who may see the profile: listed ones for everybody, unlisted ones for their organisation. */
interface ProfileLogoRepository extends JpaRepository<ProfileLogo, Long> {

    /** Which of these organisations show a logo to this reader: ids only, never the bytes (one query per list). */
    @Query("select l.organisationId from ProfileLogo l, InnovatorProfile p where p.organisationId = l.organisationId"
            + " and l.organisationId in :organisations and (p.listed = true or p.organisationId = :mine)")
    List<Long> shown(@Param("organisations") Collection<Long> organisations, @Param("mine") long mine);

    @Query("select l.content from ProfileLogo l, InnovatorProfile p where p.organisationId = l.organisationId"
            + " and l.organisationId = :organisation and (p.listed = true or p.organisationId = :mine)")
    Optional<byte[]> content(@Param("organisation") long organisation, @Param("mine") long mine);
}
