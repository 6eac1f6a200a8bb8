package it.convergo.evaluation.pitch;

import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.shared.EvaluationAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Pitch slots as calendar entries, for the calendar feed and the invitations. No access check: callers check
 * (or act for a known user without a session, like the feed).
 */
@Component
public class PitchSlots {

    private final PitchSlotRepository slots;
    private final PitchDayRepository days;
    private final EvaluationAccess access;

    PitchSlots(PitchSlotRepository slots, PitchDayRepository days, EvaluationAccess access) {
        this.slots = slots;
        this.days = days;
        this.access = access;
    }

    public List<PitchAppointment> sentToOrganisation(long organisationId) {
        return appointments(slots.sentToOrganisation(organisationId));
    }

    public List<PitchAppointment> sentToJuror(long evaluatorId) {
        return appointments(slots.ofJuror(evaluatorId));
    }

    /** One look-up per pitch day (a handful), none per slot. */
    List<PitchAppointment> appointments(List<PitchSlot> list) {
        Set<Long> dayIds = list.stream().map(s -> s.pitchDayId).collect(Collectors.toSet());
        Map<Long, PitchDay> byId = dayIds.isEmpty() ? Map.of() : days.findByIdIn(dayIds).stream()
                .collect(Collectors.toMap(PitchDay::getId, Function.identity()));
        Map<Long, String> titles = new HashMap<>();
        return list.stream().map(s -> {
            PitchDay d = byId.get(s.pitchDayId);
            String challenge = titles.computeIfAbsent(d.challengeId,
                    id -> access.existingChallenge(id).map(c -> c.title()).orElse("#" + id));
            return appointment(s, d, challenge);
        }).toList();
    }

    static PitchAppointment appointment(PitchSlot s, PitchDay d, String challengeTitle) {
        return new PitchAppointment(d.getId(), s.proposalId, challengeTitle, s.proposalTitle, s.startsAt, s.minutes,
                d.place, d.videoLink, s.sequence);
    }
}
