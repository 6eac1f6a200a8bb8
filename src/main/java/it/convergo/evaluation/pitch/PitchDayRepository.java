package it.convergo.evaluation.pitch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PitchDayRepository extends JpaRepository<PitchDay, Long> {
    Optional<PitchDay> findByChallengeId(long challengeId);

    List<PitchDay> findByIdIn(Collection<Long> ids);
}
