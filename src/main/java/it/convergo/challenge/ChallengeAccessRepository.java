package it.convergo.challenge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeAccessRepository extends JpaRepository<ChallengeAccess, Long> {

    Optional<ChallengeAccess> findByChallengeIdAndUserId(long challengeId, long userId);

    boolean existsByChallengeIdAndUserIdAndGrantedTrue(long challengeId, long userId);
}
