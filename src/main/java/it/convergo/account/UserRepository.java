package it.convergo.account;

import java.util.Optional;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    @Query("select count(u) from UserAccount u where u.lockedUntil > :now")
    long countLocked(@Param("now") java.time.Instant now);

    boolean existsByEmail(String email);

    String FILTER = """
            from UserAccount u left join u.organisation o
            where (:search = '' or lower(u.email) like :search or lower(u.fullName) like :search
                   or lower(o.name) like :search)
              and (:role is null or :role member of u.roles)
            """;

    /** One page of users with their organisations fetched in the same query (no query per row). */
    @EntityGraph(attributePaths = "organisation", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select u " + FILTER)
    List<UserAccount> search(@Param("search") String search, @Param("role") Role role, Pageable pageable);

    @Query("select count(u) " + FILTER)
    long countSearch(@Param("search") String search, @Param("role") Role role);

    @Query("select count(u) from UserAccount u where u.organisation.id = :organisationId and u.id <> :userId and u.disabled = false")
    long countOtherActiveMembers(@Param("organisationId") long organisationId, @Param("userId") long userId);

    /** Only the language: read at every submission of a deadline rush. */
    @Query("select u.language from UserAccount u where u.id = :id")
    Optional<String> findLanguage(@Param("id") long id);

    @Query("select u from UserAccount u left join fetch u.organisation where u.id = :id")
    Optional<UserAccount> findWithOrganisation(@Param("id") long id);

    @Query("select u from UserAccount u left join fetch u.expertise where u.id = :id")
    Optional<UserAccount> findWithExpertise(@Param("id") long id);

    long countByOrganisationId(long organisationId);

    /** What decides whether a signed-in session is still valid: checked on every request, so only two columns. */
    @Query("select u.passwordHash as passwordHash, u.disabled as disabled from UserAccount u where u.id = :id")
    Optional<Credentials> findCredentials(@Param("id") long id);

    interface Credentials {
        String getPasswordHash();

        boolean isDisabled();
    }

    /** Active holders of a role with organisation and expertise, in one query. */
    @Query("select distinct u from UserAccount u left join fetch u.organisation left join fetch u.expertise"
            + " where :role member of u.roles and u.disabled = false and u.emailConfirmed = true order by u.fullName")
    List<UserAccount> findActiveWithRole(@Param("role") Role role);

    @Query("select u from UserAccount u where u.organisation.id = :org and :role member of u.roles")
    List<UserAccount> findByOrganisationIdAndRole(@Param("org") long organisationId, @Param("role") Role role);
}
