package it.convergo.evaluation.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RankingBasisRepository extends JpaRepository<RankingBasisChoice, Long> {

    Optional<RankingBasisChoice> findByChallengeId(long challengeId);
}
