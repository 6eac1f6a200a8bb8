package it.convergo.evaluation.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<ResultsPublication, Long> {
    Optional<ResultsPublication> findByChallengeId(long challengeId);

    @org.springframework.data.jpa.repository.Query("select p.challengeId from ResultsPublication p where p.challengeId in :challenges")
    java.util.List<Long> published(@org.springframework.data.repository.query.Param("challenges") java.util.Collection<Long> challengeIds);

    java.util.List<ResultsPublication> findByChallengeIdIn(java.util.Collection<Long> challengeIds);
}
