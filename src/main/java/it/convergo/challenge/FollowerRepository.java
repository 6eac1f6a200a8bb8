package it.convergo.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowerRepository extends JpaRepository<Follower, Long> {

    Optional<Follower> findByChallengeIdAndUserId(long challengeId, long userId);

    long countByChallengeId(long challengeId);

    @Query("select f.userId from Follower f where f.challengeId = :id")
    List<Long> userIds(@Param("id") long challengeId);
}
