package it.convergo.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCountryAndVatNumber(String country, String vatNumber);

    String FILTER = """
            from Organisation o
            where (:search = '' or lower(o.name) like :search or lower(o.vatNumber) like :search)
              and (:type is null or o.type = :type)
            """;

    @Query("select o " + FILTER)
    List<Organisation> search(@Param("search") String search, @Param("type") OrganisationType type,
                              Pageable pageable);

    @Query("select count(o) " + FILTER)
    long countSearch(@Param("search") String search, @Param("type") OrganisationType type);

    List<Organisation> findByName(String name);

    @Query("select new it.convergo.account.OrganisationRef(o.id, o.name) from Organisation o where o.id in :ids")
    List<OrganisationRef> refs(@Param("ids") Collection<Long> ids);

    @Query("select new it.convergo.account.Organisations$Facts(o.id, o.type, o.region) from Organisation o where o.id in :ids")
    List<Organisations.Facts> facts(@Param("ids") Collection<Long> ids);

    @Query("select new it.convergo.account.OrganisationRef(o.id, o.name) from Organisation o "
            + "where (:search = '' or lower(o.name) like :search) and o.id <> :excluded order by o.name")
    List<OrganisationRef> refsNamed(@Param("search") String search, @Param("excluded") long excludedId, Pageable pageable);
}
