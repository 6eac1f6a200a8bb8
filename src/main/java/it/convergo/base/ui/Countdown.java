package it.convergo.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for "time left" on every page: over a week days only, over a day days and hours, under a day
 * hours and minutes, under an hour minutes. Never seconds: the server enforces the exact instant, a page
 * only has to say how urgent it is. Callers show it only while the state still has a deadline ahead (an
 * open challenge, a proposal that can still change), never for closed or decided ones.
 */
public final class Countdown {

    private Countdown() {
    }

    /** "19 d", "3 d 4 h", "5 h 12 min", "7 min"; empty when the moment has passed. */
    public static String duration(Component owner, Duration left) {
        if (left == null || left.isNegative() || left.isZero()) {
            return "";
        }
        if (left.toDays() >= 7) {
            return owner.getTranslation("countdown.days", left.toDays());
        }
        if (left.toDays() >= 1) {
            return owner.getTranslation("countdown.daysHours", left.toDays(), left.toHoursPart());
        }
        if (left.toHours() >= 1) {
            return owner.getTranslation("countdown.hoursMinutes", left.toHours(), left.toMinutesPart());
        }
        return owner.getTranslation("countdown.minutes", Math.max(1, left.toMinutes()));
    }

    /** "19 d left" / "Ancora 19 g"; empty when the moment has passed. */
    public static String left(Component owner, Instant target, Instant now) {
        String span = target == null ? "" : duration(owner, Duration.between(now, target));
        return span.isEmpty() ? "" : owner.getTranslation("countdown.left", span);
    }
}
