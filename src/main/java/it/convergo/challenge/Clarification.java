package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An applicant's question about a challenge and the firm's answer, public (FAQ) or private. */
@Entity
@Table(name = "challenge_clarification")
class Clarification extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "asked_by", nullable = false)
    long askedBy;
    @Column(nullable = false, length = 2000)
    String question;
    @jakarta.persistence.Lob
    String answer;
    @Column(name = "public_answer", nullable = false)
    boolean publicAnswer;
    @Column(name = "asked_at", nullable = false)
    Instant askedAt;
    @Column(name = "answered_at")
    Instant answeredAt;

    protected Clarification() {
    }

    Clarification(long challengeId, long askedBy, String question, Instant askedAt) {
        this.challengeId = challengeId;
        this.askedBy = askedBy;
        this.question = question;
        this.askedAt = askedAt;
    }
}
