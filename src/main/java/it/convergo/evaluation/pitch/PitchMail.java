package it.convergo.evaluation.pitch;

import it.convergo.account.AccountService;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.base.BaseUrl;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.PitchCalendarWriter;
import it.convergo.notification.MailAttachment;
import it.convergo.notification.MailService;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pitch invitations by e-mail, each in its recipient's language with the .ics attached: to the invited
 * applicant's members their own slot; to each jury member every slot (or, on a re-send, the slots that moved).
 * A re-send carries the same entry ids with a higher SEQUENCE, so calendars move the entry they have.
 */
@Component
class PitchMail {

    private final AccountService accounts;
    private final MailService mail;
    private final PitchCalendarWriter calendar;
    private final Translations translations;
    private final String baseUrl;

    PitchMail(AccountService accounts, MailService mail, PitchCalendarWriter calendar, Translations translations,
              @Value("${convergo.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.mail = mail;
        this.calendar = calendar;
        this.translations = translations;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    void toApplicants(long organisationId, PitchAppointment slot, boolean update) {
        for (Recipient r : accounts.membersOf(organisationId, Role.APPLICANT)) {
            Locale locale = Translations.supported(r.locale());
            mail.sendWithAttachment(r.email(), locale, update ? "pitchMoved" : "pitchInvitation",
                    attachment(List.of(slot), locale), r.fullName(), baseUrl + "/pitch/" + slot.proposalId(),
                    slot.challengeTitle(), slot.proposalTitle(), Times.format(slot.startsAt(), locale), slot.minutes(),
                    where(slot, locale));
        }
    }

    void toJury(Collection<Long> jurors, long pitchDayId, List<PitchAppointment> slots, boolean update) {
        if (slots.isEmpty()) {
            return;
        }
        for (Recipient r : accounts.recipients(jurors)) {
            Locale locale = Translations.supported(r.locale());
            mail.sendWithAttachment(r.email(), locale, update ? "pitchJuryMoved" : "pitchJury", attachment(slots, locale),
                    r.fullName(), baseUrl + "/pitch-scores/" + pitchDayId, slots.getFirst().challengeTitle(),
                    Times.format(slots.getFirst().startsAt(), locale), slots.size(), where(slots.getFirst(), locale));
        }
    }

    private MailAttachment attachment(List<PitchAppointment> slots, Locale locale) {
        return new MailAttachment("pitch.ics", PitchCalendarWriter.CONTENT_TYPE, calendar.write(slots, locale));
    }

    private String where(PitchAppointment slot, Locale locale) {
        return where(slot.place(), slot.videoLink(), translations, locale);
    }

    /** "Via Roma 1, Torino · https://meet…", either part when only one is given. */
    static String where(String place, String link, Translations translations, Locale locale) {
        boolean hasPlace = place != null && !place.isBlank();
        boolean hasLink = link != null && !link.isBlank();
        if (hasPlace && hasLink) {
            return place + " · " + link;
        }
        return hasPlace ? place : hasLink ? link : translations.get("pitch.where.tbd", locale);
    }
}
