package it.convergo.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Query("select t from AccountToken t join fetch t.user where t.tokenHash = :hash")
    Optional<AccountToken> findByHash(@Param("hash") String hash);
}
