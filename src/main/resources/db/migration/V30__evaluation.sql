-- Evaluation of submitted proposals: eligibility decisions, evaluator assignments with conflict
-- declarations, individual score sheets, consensus with its discussion, the firm's decisions and the
-- publication of results. Proposal and challenge ids refer to those features' tables.

CREATE TABLE eligibility_decision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT        NOT NULL,
    challenge_id BIGINT        NOT NULL,
    eligible     BOOLEAN       NOT NULL,
    reason       VARCHAR(40),
    note         VARCHAR(2000),
    decided_by   BIGINT        NOT NULL,
    decided_at   ${ts}         NOT NULL,
    CONSTRAINT uk_eligibility_proposal UNIQUE (proposal_id)
);
CREATE INDEX ix_eligibility_challenge ON eligibility_decision (challenge_id);

CREATE TABLE evaluation_assignment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    proposal_id     BIGINT        NOT NULL,
    challenge_id    BIGINT        NOT NULL,
    evaluator_id    BIGINT        NOT NULL,
    proposal_title  VARCHAR(300)  NOT NULL,
    challenge_title VARCHAR(150)  NOT NULL,
    rapporteur      BOOLEAN       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    due_at          ${ts}         NOT NULL,
    assigned_at     ${ts}         NOT NULL,
    declared_at     ${ts},
    conflict_reason VARCHAR(1000),
    CONSTRAINT uk_assignment UNIQUE (proposal_id, evaluator_id)
);
CREATE INDEX ix_assignment_evaluator ON evaluation_assignment (evaluator_id, status);
CREATE INDEX ix_assignment_challenge ON evaluation_assignment (challenge_id, status);

CREATE TABLE confidentiality_acceptance (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT NOT NULL,
    evaluator_id BIGINT NOT NULL,
    accepted_at  ${ts}  NOT NULL,
    CONSTRAINT uk_confidentiality UNIQUE (challenge_id, evaluator_id)
);

CREATE TABLE score_sheet (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    proposal_id      BIGINT        NOT NULL,
    challenge_id     BIGINT        NOT NULL,
    evaluator_id     BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    overall_comment  ${text},
    updated_at       ${ts}         NOT NULL,
    submitted_at     ${ts},
    CONSTRAINT uk_sheet UNIQUE (proposal_id, evaluator_id)
);
CREATE INDEX ix_sheet_challenge ON score_sheet (challenge_id, status);

CREATE TABLE sheet_score (
    sheet_id        BIGINT       NOT NULL,
    criterion_index INT          NOT NULL,
    score           DECIMAL(6,2),
    comment         VARCHAR(4000),
    PRIMARY KEY (sheet_id, criterion_index),
    CONSTRAINT fk_score_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id)
);

CREATE TABLE consensus (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    proposal_id       BIGINT        NOT NULL,
    challenge_id      BIGINT        NOT NULL,
    rapporteur_id     BIGINT        NOT NULL,
    divergent         BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    overall_comment   ${text},
    minority_opinion  ${text},
    completed_at      ${ts},
    CONSTRAINT uk_consensus UNIQUE (proposal_id)
);
CREATE INDEX ix_consensus_challenge ON consensus (challenge_id, status);

CREATE TABLE consensus_score (
    consensus_id    BIGINT       NOT NULL,
    criterion_index INT          NOT NULL,
    score           DECIMAL(6,2),
    comment         VARCHAR(4000),
    PRIMARY KEY (consensus_id, criterion_index),
    CONSTRAINT fk_cscore_consensus FOREIGN KEY (consensus_id) REFERENCES consensus (id)
);

CREATE TABLE consensus_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  ${ts}         NOT NULL
);
CREATE INDEX ix_message_proposal ON consensus_message (proposal_id, created_at);

CREATE TABLE proposal_decision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    proposal_id  BIGINT        NOT NULL,
    challenge_id BIGINT        NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    feedback     ${text},
    decided_at   ${ts}         NOT NULL,
    CONSTRAINT uk_decision UNIQUE (proposal_id)
);
CREATE INDEX ix_decision_challenge ON proposal_decision (challenge_id);

CREATE TABLE results_publication (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT NOT NULL,
    published_by BIGINT NOT NULL,
    published_at ${ts}  NOT NULL,
    CONSTRAINT uk_results UNIQUE (challenge_id)
);
