package it.convergo.calendar;

import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A challenge's key dates as calendar entries in the reader's language, linking to its public page. */
@Component
class ChallengeEvents {

    private final Translations translations;
    private final CalendarLinks links;

    ChallengeEvents(Translations translations, CalendarLinks links) {
        this.translations = translations;
        this.links = links;
    }

    /** One entry per date the challenge has among those asked for; dates not set are left out. */
    List<IcsEvent> of(ChallengeDates c, Set<KeyDate> dates, Locale locale) {
        List<IcsEvent> events = new ArrayList<>();
        for (KeyDate d : KeyDate.values()) {
            if (!dates.contains(d) || d.of(c) == null) {
                continue;
            }
            events.add(new IcsEvent(links.uid("challenge-" + c.id() + "-" + d.uidPart()), d.of(c),
                    translations.get(d.summaryKey(), locale, c.title()),
                    translations.get(d.descriptionKey(), locale, c.title(), Times.format(d.of(c), locale)),
                    links.page("challenges/" + c.slug()), c.version()));
        }
        return events;
    }
}
