package it.convergo.calendar;

import it.convergo.challenge.ChallengeDates;
import java.time.Instant;
import java.util.function.Function;

/** The dates of a challenge a calendar shows, each with its part of the entry id and its texts' keys. */
enum KeyDate {
    OPENS("opens", ChallengeDates::opensAt),
    CLOSES("closes", ChallengeDates::closesAt),
    EVALUATION_ENDS("evaluation-ends", ChallengeDates::evaluationEndsAt),
    RESULTS("results", ChallengeDates::resultsAt);

    private final String uidPart;
    private final Function<ChallengeDates, Instant> date;

    KeyDate(String uidPart, Function<ChallengeDates, Instant> date) {
        this.uidPart = uidPart;
        this.date = date;
    }

    String uidPart() {
        return uidPart;
    }

    /** The date in this challenge, or null when it has none. */
    Instant of(ChallengeDates challenge) {
        return date.apply(challenge);
    }

    String summaryKey() {
        return "calendar.event." + name() + ".summary";
    }

    String descriptionKey() {
        return "calendar.event." + name() + ".description";
    }
}
