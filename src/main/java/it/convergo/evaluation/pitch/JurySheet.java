package it.convergo.evaluation.pitch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a jury member sees to score a pitch day: when and where, the pitch's criteria, each invited pitch with
 * their own scores so far (null where not yet given). {@code closedBecause} is null while they may score,
 * otherwise the translation key saying why not (not started, submitted, decided).
 */
public record JurySheet(long pitchDayId, long challengeId, String challengeTitle, Instant startsAt, String place,
                        String videoLink, Instant dueAt, List<PitchPlan.Criterion> criteria, List<Pitch> pitches,
                        String closedBecause) {

    /** One invited proposal's pitch; {@code conflicted} ones are not scored by this jury member. */
    public record Pitch(long proposalId, String title, Instant startsAt, int minutes, boolean conflicted,
                        List<BigDecimal> scores) {

        public boolean scored() {
            return conflicted || scores.stream().allMatch(s -> s != null);
        }
    }

    public boolean open() {
        return closedBecause == null;
    }
}
