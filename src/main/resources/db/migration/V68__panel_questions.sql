-- Clarification round (issue 15): the panel's questions to the applicant, asked by the rapporteur during the
-- evaluation, and the applicant's answers. status: OPEN, ANSWERED, EXPIRED.
CREATE TABLE panel_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    challenge_id   BIGINT        NOT NULL,
    proposal_id    BIGINT        NOT NULL,
    proposal_title VARCHAR(500)  NOT NULL,
    asked_by       BIGINT        NOT NULL,
    question       VARCHAR(4000) NOT NULL,
    asked_at       ${ts}         NOT NULL,
    answer_due_at  ${ts}         NOT NULL,
    answer         VARCHAR(4000),
    answered_by    BIGINT,
    answered_at    ${ts},
    status         VARCHAR(20)   NOT NULL
);
CREATE INDEX ix_panel_question_proposal ON panel_question (proposal_id);
CREATE INDEX ix_panel_question_challenge ON panel_question (challenge_id);
CREATE INDEX ix_panel_question_asked_by ON panel_question (asked_by);
CREATE INDEX ix_panel_question_answered_by ON panel_question (answered_by);

-- The firm's answer window per challenge, in days (the default applies where none is set).
CREATE TABLE panel_question_window (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT NOT NULL,
    challenge_id BIGINT NOT NULL,
    answer_days  INT    NOT NULL,
    set_by       BIGINT NOT NULL,
    set_at       ${ts}  NOT NULL,
    CONSTRAINT uk_panel_question_window UNIQUE (challenge_id)
);
