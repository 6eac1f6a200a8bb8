-- Pitch day (issues 15 and 16): the firm invites the top of the written ranking to a live pitch, one slot per
-- invited proposal; the jury scores the pitches against the pitch's own criteria, and the pitch score joins
-- the ranking with the weight the firm chose. One pitch day per challenge.
CREATE TABLE pitch_day (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    challenge_id        BIGINT       NOT NULL,
    starts_at           ${ts}        NOT NULL,
    place               VARCHAR(300),
    video_link          VARCHAR(500),
    pitch_weight        INT          NOT NULL,
    invited_count       INT          NOT NULL,
    slot_minutes        INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    identities_revealed BOOLEAN      NOT NULL,
    created_by          BIGINT       NOT NULL,
    created_at          ${ts}        NOT NULL,
    invited_at          ${ts},
    scores_due_at       ${ts},
    scored_at           ${ts},
    CONSTRAINT uk_pitch_day_challenge UNIQUE (challenge_id)
);
CREATE TABLE pitch_criterion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    pitch_day_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(150) NOT NULL,
    weight       DECIMAL(6,2) NOT NULL,
    CONSTRAINT uk_pitch_criterion UNIQUE (pitch_day_id, position)
);
-- the slot of one invited proposal; sequence rises when it moves, sent_sequence is what its invitees last received
CREATE TABLE pitch_slot (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    pitch_day_id    BIGINT       NOT NULL,
    challenge_id    BIGINT       NOT NULL,
    proposal_id     BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    proposal_title  VARCHAR(300) NOT NULL,
    written_rank    INT          NOT NULL,
    starts_at       ${ts}        NOT NULL,
    minutes         INT          NOT NULL,
    sequence        INT          NOT NULL,
    sent_sequence   INT          NOT NULL,
    CONSTRAINT uk_pitch_slot_proposal UNIQUE (pitch_day_id, proposal_id)
);
CREATE INDEX ix_pitch_slot_organisation ON pitch_slot (organisation_id);
-- the jury as it was when the invitations went out, and when each member submitted their pitch scores
CREATE TABLE pitch_juror (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT NOT NULL,
    pitch_day_id BIGINT NOT NULL,
    evaluator_id BIGINT NOT NULL,
    submitted_at ${ts},
    CONSTRAINT uk_pitch_juror UNIQUE (pitch_day_id, evaluator_id)
);
CREATE INDEX ix_pitch_juror_evaluator ON pitch_juror (evaluator_id);
CREATE TABLE pitch_score (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    pitch_day_id BIGINT       NOT NULL,
    proposal_id  BIGINT       NOT NULL,
    evaluator_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    score        DECIMAL(6,2) NOT NULL,
    updated_at   ${ts}        NOT NULL,
    CONSTRAINT uk_pitch_score UNIQUE (pitch_day_id, proposal_id, evaluator_id, position)
);
