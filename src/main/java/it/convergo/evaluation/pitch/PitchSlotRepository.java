package it.convergo.evaluation.pitch;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PitchSlotRepository extends JpaRepository<PitchSlot, Long> {
    List<PitchSlot> findByPitchDayIdOrderByStartsAt(long pitchDayId);

    List<PitchSlot> findByProposalIdIn(Collection<Long> proposalIds);

    void deleteByPitchDayId(long pitchDayId);

    /** The organisation's slots whose invitations went out. */
    @Query("select s from PitchSlot s, PitchDay d where d.id = s.pitchDayId and s.organisationId = :organisation "
            + "and d.status <> it.convergo.evaluation.pitch.PitchDay.Status.PLANNED order by s.startsAt")
    List<PitchSlot> sentToOrganisation(@Param("organisation") long organisationId);

    /** Every slot of the pitch days the jury member sits on. */
    @Query("select s from PitchSlot s, PitchJuror j where j.pitchDayId = s.pitchDayId and j.evaluatorId = :evaluator "
            + "order by s.startsAt")
    List<PitchSlot> ofJuror(@Param("evaluator") long evaluatorId);
}
