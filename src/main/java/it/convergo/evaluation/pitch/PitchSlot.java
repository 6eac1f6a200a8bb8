package it.convergo.evaluation.pitch;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invited proposal's slot. {@code sequence} rises each time it moves (the .ics SEQUENCE, same UID);
 * {@code sentSequence} is the one its invitees last received, so a re-send goes only where something changed.
 */
@Entity
@Table(name = "pitch_slot")
class PitchSlot extends AbstractEntity {

    @Column(name = "pitch_day_id", nullable = false)
    long pitchDayId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "organisation_id", nullable = false)
    long organisationId;
    @Column(name = "proposal_title", nullable = false, length = 300)
    String proposalTitle;
    @Column(name = "written_rank", nullable = false)
    int writtenRank;
    @Column(name = "starts_at", nullable = false)
    Instant startsAt;
    @Column(nullable = false)
    int minutes;
    @Column(nullable = false)
    int sequence;
    @Column(name = "sent_sequence", nullable = false)
    int sentSequence = -1;

    protected PitchSlot() {
    }

    PitchSlot(long pitchDayId, long challengeId, long proposalId, long organisationId, String proposalTitle,
              int writtenRank, Instant startsAt, int minutes) {
        this.pitchDayId = pitchDayId;
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.organisationId = organisationId;
        this.proposalTitle = proposalTitle;
        this.writtenRank = writtenRank;
        this.startsAt = startsAt;
        this.minutes = minutes;
    }

    Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    boolean overlaps(Instant start, int length) {
        return startsAt.isBefore(start.plusSeconds(60L * length)) && start.isBefore(endsAt());
    }

    boolean changedSinceSent() {
        return sequence != sentSequence;
    }
}
