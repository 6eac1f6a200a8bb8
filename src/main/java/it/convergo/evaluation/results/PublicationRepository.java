package it.convergo.evaluation.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<ResultsPublication, Long> {
    Optional<ResultsPublication> findByChallengeId(long challengeId);
}
