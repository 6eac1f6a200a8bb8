package it.convergo.calendar;

import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.PitchCalendarWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Pitch slots as calendar entries with a length and a place: in the invitations' .ics files and in the private
 * feeds of the invited applicant and of the jury. The entry id is the pitch day's and the proposal's, the same
 * everywhere, and SEQUENCE is the slot's: a moved slot updates the entry a client already has.
 */
@Component
class PitchCalendarFile implements PitchCalendarWriter {

    private final CalendarLinks links;
    private final Translations translations;
    private final Clock clock;

    PitchCalendarFile(CalendarLinks links, Translations translations, Clock clock) {
        this.links = links;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public byte[] write(List<PitchAppointment> slots, Locale locale) {
        String name = slots.isEmpty() ? translations.get("calendar.name.feed", locale)
                : translations.get("calendar.name.pitch", locale, slots.getFirst().challengeTitle());
        return IcsCalendar.write(name, slots.stream().map(a -> event(a, locale)).toList(), clock.instant());
    }

    IcsEvent event(PitchAppointment a, Locale locale) {
        String location = a.place() != null ? a.place() : a.videoLink();
        String description = translations.get("calendar.event.PITCH.description", locale, a.proposalTitle(),
                a.challengeTitle(), Times.format(a.startsAt(), locale), a.minutes(),
                a.videoLink() == null ? "—" : a.videoLink());
        return new IcsEvent(links.uid("pitch-" + a.pitchDayId() + "-proposal-" + a.proposalId()), a.startsAt(),
                translations.get("calendar.event.PITCH.summary", locale, a.proposalTitle()), description,
                links.page("pitch/" + a.proposalId()), a.sequence(), Duration.ofMinutes(a.minutes()), location);
    }
}
