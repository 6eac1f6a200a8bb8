package it.convergo.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Query("select t from AccountToken t join fetch t.user where t.tokenHash = :hash")
    Optional<AccountToken> findByHash(@Param("hash") String hash);

    /** Uses up every outstanding link of a user (after a password reset, none may still work). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update AccountToken t set t.usedAt = :now where t.user.id = :userId and t.usedAt is null")
    int useAll(@Param("userId") long userId, @Param("now") Instant now);

    /** Links of one purpose not used yet and still valid (e.g. invitations nobody has accepted). */
    @Query("select count(t) from AccountToken t where t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now")
    long countOutstanding(@Param("purpose") AccountToken.Purpose purpose, @Param("now") Instant now);

    /** Links of one purpose that expire after the given instant (so were issued after it minus their validity). */
    @Query("select count(t) from AccountToken t where t.user.id = :userId and t.purpose = :purpose and t.expiresAt > :after")
    long countExpiringAfter(@Param("userId") long userId, @Param("purpose") AccountToken.Purpose purpose,
                            @Param("after") Instant after);
}
