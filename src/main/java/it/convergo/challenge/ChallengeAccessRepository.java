package it.convergo.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChallengeAccessRepository extends JpaRepository<ChallengeAccess, Long> {

    Optional<ChallengeAccess> findByChallengeIdAndUserId(long challengeId, long userId);

    /** The invite-only challenges a user opened with their code (a handful per user). */
    @Query("select a.challengeId from ChallengeAccess a where a.userId = :userId and a.granted = true")
    List<Long> grantedChallengeIds(@Param("userId") long userId);

    boolean existsByChallengeIdAndUserIdAndGrantedTrue(long challengeId, long userId);
}
