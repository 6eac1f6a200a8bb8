package it.convergo.evaluation.pitch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the firm sets for a pitch day.
 *
 * @param pitchWeight        percent of the combined score that comes from the pitch (1-100)
 * @param invitedCount       how many of the top of the written ranking are invited
 * @param slotMinutes        length of each proposed slot
 * @param identitiesRevealed the firm confirmed that on a blind challenge the pitch shows the applicants to the jury
 */
public record PitchPlan(Instant startsAt, String place, String videoLink, int pitchWeight, int invitedCount,
                        int slotMinutes, List<Criterion> criteria, boolean identitiesRevealed) {

    /** A pitch criterion: scored 0-5 in half points, weighted. */
    public record Criterion(String name, BigDecimal weight) {
    }
}
