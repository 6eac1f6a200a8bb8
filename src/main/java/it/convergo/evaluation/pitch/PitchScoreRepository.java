package it.convergo.evaluation.pitch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PitchScoreRepository extends JpaRepository<PitchScore, Long> {
    List<PitchScore> findByPitchDayId(long pitchDayId);

    List<PitchScore> findByPitchDayIdAndEvaluatorId(long pitchDayId, long evaluatorId);
}
