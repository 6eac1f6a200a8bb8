package it.convergo.evaluation.vote;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A challenge's audience award: its name, who votes, when; the firm edits it until the vote opens. */
@Entity
@Table(name = "prize_vote")
class PrizeVote extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "prize_name", nullable = false, length = 120)
    String prizeName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Audience audience;
    @Column(name = "exclude_firm_staff", nullable = false)
    boolean excludeFirmStaff;
    @Column(name = "exclude_evaluators", nullable = false)
    boolean excludeEvaluators;
    @Column(name = "opens_at", nullable = false)
    Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    Instant closesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    VoteStatus status = VoteStatus.SCHEDULED;
    @Column(name = "configured_by", nullable = false)
    long configuredBy;
    @Column(name = "counted_at")
    Instant countedAt;

    protected PrizeVote() {
    }

    PrizeVote(long challengeId) {
        this.challengeId = challengeId;
    }

    /** Ballots are accepted from the opening (inclusive) to the closing (exclusive), until counted. */
    boolean acceptsBallotsAt(Instant now) {
        return status != VoteStatus.COUNTED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
