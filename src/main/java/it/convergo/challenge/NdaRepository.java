package it.convergo.challenge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NdaRepository extends JpaRepository<NdaVersion, Long> {

    Optional<NdaVersion> findByChallengeIdAndNumber(long challengeId, int number);
}
