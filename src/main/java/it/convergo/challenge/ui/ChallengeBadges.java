package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Countdown;
import it.convergo.challenge.ChallengeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Status badges and deadline texts shared by the challenge views. */
final class ChallengeBadges {

    private ChallengeBadges() {
    }

    static Badge status(Component owner, ChallengeStatus status, Instant closesAt, Clock clock) {
        if (status == ChallengeStatus.OPEN && closesAt != null
                && Duration.between(clock.instant(), closesAt).compareTo(Duration.ofHours(48)) < 0) {
            return new Badge(owner.getTranslation("challenge.status.closingSoon"), Badge.Tone.WARNING);
        }
        Badge.Tone tone = switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SCHEDULED -> Badge.Tone.NEUTRAL;
            case OPEN -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.INFO;
            case DECIDED -> Badge.Tone.DECIDED;
        };
        return new Badge(owner.getTranslation(status.labelKey()), tone);
    }

    /**
     * "31 Jan 2027, 17:00 CET", followed by "3 d 4 h left" while the challenge is open and closes within a
     * week; a closed or decided challenge gets its date alone.
     */
    static String deadline(Component owner, ChallengeStatus status, Instant closesAt, Clock clock) {
        if (closesAt == null) {
            return "";
        }
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ITALIAN : com.vaadin.flow.component.UI.getCurrent().getLocale();
        String text = Times.format(closesAt, locale);
        boolean soon = Duration.between(clock.instant(), closesAt).compareTo(Duration.ofDays(7)) < 0;
        String left = status == ChallengeStatus.OPEN && soon ? Countdown.left(owner, closesAt, clock.instant()) : "";
        return left.isEmpty() ? text : text + " · " + left;
    }

    static Span small(String text) {
        Span s = new Span(text);
        s.addClassName("cv-ch-muted");
        return s;
    }
}
