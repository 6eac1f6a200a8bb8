package it.convergo.evaluation.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BiddingRoundRepository extends JpaRepository<BiddingRound, Long> {

    Optional<BiddingRound> findByChallengeId(long challengeId);

    List<BiddingRound> findByClosedAtIsNull();
}
