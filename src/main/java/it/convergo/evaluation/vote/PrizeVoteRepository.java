package it.convergo.evaluation.vote;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrizeVoteRepository extends JpaRepository<PrizeVote, Long> {

    Optional<PrizeVote> findByChallengeId(long challengeId);
}
