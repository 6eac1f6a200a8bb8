package it.convergo.evaluation.pitch;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.PitchCalendarWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited applicant's side: its own slot, once the invitations went out, and the slot as .ics. Anyone else
 * (another organisation, a proposal not invited, a pitch day still being planned) sees nothing.
 */
@Service
public class ApplicantPitch {

    private final PitchSlots appointments;
    private final PitchCalendarWriter calendar;

    ApplicantPitch(PitchSlots appointments, PitchCalendarWriter calendar) {
        this.appointments = appointments;
        this.calendar = calendar;
    }

    /** The current applicant's slot for this proposal, if it was invited to a pitch. */
    @Transactional(readOnly = true)
    public Optional<PitchAppointment> mySlot(long proposalId) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.APPLICANT) || user.organisationId() == null) {
            return Optional.empty();
        }
        return appointments.sentToOrganisation(user.organisationId()).stream()
                .filter(a -> a.proposalId() == proposalId).findFirst();
    }

    /** The current applicant's organisation's slots whose invitations went out, for its home page. */
    @Transactional(readOnly = true)
    public List<PitchAppointment> mySlots() {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.APPLICANT) || user.organisationId() == null) {
            return List.of();
        }
        return appointments.sentToOrganisation(user.organisationId());
    }

    /** The slot as .ics (the same entry as in the e-mail and the feed). */
    @Transactional(readOnly = true)
    public Optional<byte[]> calendarFile(long proposalId, Locale locale) {
        return mySlot(proposalId).map(a -> calendar.write(List.of(a), locale));
    }
}
