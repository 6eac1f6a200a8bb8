package it.convergo.evaluation;

import it.convergo.evaluation.pitch.PitchSlots;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pitch slots a person's calendar feed lists: an applicant organisation's own slots, and every slot of
 * the pitch days a jury member sits on. Only slots whose invitations went out. No access check: for callers
 * that act for a known user without a session (the calendar feed).
 */
@Service
public class PitchAppointments {

    private final PitchSlots slots;

    PitchAppointments(PitchSlots slots) {
        this.slots = slots;
    }

    @Transactional(readOnly = true)
    public List<PitchAppointment> ofOrganisation(long organisationId) {
        return slots.sentToOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public List<PitchAppointment> ofJuror(long evaluatorId) {
        return slots.sentToJuror(evaluatorId);
    }
}
