package it.convergo.evaluation.pitch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PitchCriterionRepository extends JpaRepository<PitchCriterion, Long> {
    List<PitchCriterion> findByPitchDayIdOrderByPosition(long pitchDayId);

    void deleteByPitchDayId(long pitchDayId);
}
