package it.convergo.evaluation.pitch;

import java.time.Instant;
import java.util.List;

/**
 * The firm's view of a pitch day: its settings, its slots and how far the jury has got; {@code scoringOpen} while
 * the jury can score (the pitch started, the scoring not yet ended), {@code juryWaiting} the names of the jury
 * members who have not submitted.
 */
public record PitchDayView(long id, long version, long challengeId, Status status, PitchPlan plan, List<Slot> slots,
                           Instant invitedAt, Instant scoresDueAt, Instant scoredAt, int jurySize, int jurySubmitted,
                           boolean updatesToSend, boolean scoringOpen, List<String> juryWaiting) {

    public enum Status {
        PLANNED, INVITED, SCORED;

        public String labelKey() {
            return "pitch.status." + name();
        }
    }

    /** One invited proposal's slot; {@code sent} whether its invitees have the current time. */
    public record Slot(long proposalId, String proposalTitle, int writtenRank, Instant startsAt, int minutes,
                       int sequence, boolean sent) {
    }
}
