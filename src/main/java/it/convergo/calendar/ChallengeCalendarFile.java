package it.convergo.calendar;

import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengePageDownload;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.KeyDates;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A challenge's key dates as an .ics file on its public page. Whoever may see the challenge may download it;
 * the challenge's own visibility checks run again when the file is made, so an invite-only challenge gives
 * a stranger nothing.
 */
@Component
class ChallengeCalendarFile implements ChallengePageDownload {

    private final KeyDates keyDates;
    private final ChallengeEvents events;
    private final Translations translations;
    private final Clock clock;

    ChallengeCalendarFile(KeyDates keyDates, ChallengeEvents events, Translations translations, Clock clock) {
        this.keyDates = keyDates;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public String labelKey() {
        return "calendar.download";
    }

    @Override
    public String fileName(ChallengeView challenge) {
        return challenge.slug() + ".ics";
    }

    @Override
    public String contentType() {
        return IcsCalendar.CONTENT_TYPE;
    }

    @Override
    public Optional<byte[]> content(long challengeId, Locale locale) {
        return keyDates.visible(challengeId).map(c -> IcsCalendar.write(translations.get("calendar.name.challenge", locale, c.title()),
                events.of(c, EnumSet.allOf(KeyDate.class), locale), clock.instant()));
    }
}
