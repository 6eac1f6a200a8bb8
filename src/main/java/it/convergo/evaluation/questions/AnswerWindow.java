package it.convergo.evaluation.questions;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** How many days the firm gives applicants to answer the panel's questions in one challenge. */
@Entity
@Table(name = "panel_question_window")
class AnswerWindow extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "answer_days", nullable = false)
    int answerDays;
    @Column(name = "set_by", nullable = false)
    long setBy;
    @Column(name = "set_at", nullable = false)
    Instant setAt;

    protected AnswerWindow() {
    }

    AnswerWindow(long challengeId) {
        this.challengeId = challengeId;
    }
}
