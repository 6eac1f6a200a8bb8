package it.convergo.challenge.ui;

import it.convergo.base.Times;
import java.time.Instant;
import java.time.LocalDateTime;

/** Small conversions the challenge views share. */
final class ChallengeViewsSupport {

    private ChallengeViewsSupport() {
    }

    /** A Europe/Rome wall-clock time as an instant (DST gaps move forward, as the service does). */
    static Instant rome(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(Times.ROME).toInstant();
    }
}
