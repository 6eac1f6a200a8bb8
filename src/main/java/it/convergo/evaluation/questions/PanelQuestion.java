package it.convergo.evaluation.questions;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One question of the panel to the applicant and, once given, its answer. */
@Entity
@Table(name = "panel_question")
class PanelQuestion extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "proposal_title", nullable = false, length = 500)
    String proposalTitle;
    @Column(name = "asked_by", nullable = false)
    long askedBy;
    @Column(nullable = false, length = 4000)
    String question;
    @Column(name = "asked_at", nullable = false)
    Instant askedAt;
    @Column(name = "answer_due_at", nullable = false)
    Instant answerDueAt;
    @Column(length = 4000)
    String answer;
    @Column(name = "answered_by")
    Long answeredBy;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    QuestionStatus status = QuestionStatus.OPEN;

    protected PanelQuestion() {
    }

    PanelQuestion(long challengeId, long proposalId, String proposalTitle, long askedBy, String question,
                  Instant askedAt, Instant answerDueAt) {
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.proposalTitle = proposalTitle;
        this.askedBy = askedBy;
        this.question = question;
        this.askedAt = askedAt;
        this.answerDueAt = answerDueAt;
    }
}
