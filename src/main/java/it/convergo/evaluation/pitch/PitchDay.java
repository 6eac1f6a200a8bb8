package it.convergo.evaluation.pitch;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A challenge's pitch day: when and where, how many are invited, how much the pitch weighs. */
@Entity
@Table(name = "pitch_day")
class PitchDay extends AbstractEntity {

    enum Status {
        /** being prepared by the firm: nobody else sees it */
        PLANNED,
        /** invitations sent: applicants see their slots, the jury scores once the pitch starts */
        INVITED,
        /** every jury member scored: the pitch counts in the ranking */
        SCORED
    }

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "starts_at", nullable = false)
    Instant startsAt;
    @Column(length = 300)
    String place;
    @Column(name = "video_link", length = 500)
    String videoLink;
    /** Percent of the combined score that comes from the pitch (the rest from the written evaluation). */
    @Column(name = "pitch_weight", nullable = false)
    int pitchWeight;
    @Column(name = "invited_count", nullable = false)
    int invitedCount;
    @Column(name = "slot_minutes", nullable = false)
    int slotMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status;
    /** The firm confirmed that, on a blind challenge, the pitch shows the applicants to the jury. */
    @Column(name = "identities_revealed", nullable = false)
    boolean identitiesRevealed;
    @Column(name = "created_by", nullable = false)
    long createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "invited_at")
    Instant invitedAt;
    @Column(name = "scores_due_at")
    Instant scoresDueAt;
    @Column(name = "scored_at")
    Instant scoredAt;

    protected PitchDay() {
    }

    PitchDay(long challengeId, long createdBy, Instant createdAt) {
        this.challengeId = challengeId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = Status.PLANNED;
    }
}
