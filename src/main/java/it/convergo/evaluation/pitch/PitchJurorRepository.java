package it.convergo.evaluation.pitch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PitchJurorRepository extends JpaRepository<PitchJuror, Long> {
    List<PitchJuror> findByPitchDayId(long pitchDayId);

    List<PitchJuror> findByEvaluatorId(long evaluatorId);

    Optional<PitchJuror> findByPitchDayIdAndEvaluatorId(long pitchDayId, long evaluatorId);
}
