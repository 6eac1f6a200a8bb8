-- Appeals (issue 15): within appeal_days of the results' publication (0 = no appeals) an applicant files one
-- appeal per proposal; reviewers who were not on the panel give an opinion; the firm closes it UPHELD (the
-- result stands) or RE_EVALUATED (the result changed). The decision keeps the outcome it had before, so the
-- Evaluation Summary Report can say that an appeal changed it.
ALTER TABLE challenge ADD COLUMN appeal_days INT DEFAULT 10 NOT NULL;
ALTER TABLE proposal_decision ADD COLUMN appeal_outcome VARCHAR(20);
ALTER TABLE proposal_decision ADD COLUMN outcome_before_appeal VARCHAR(20);
CREATE TABLE appeal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    proposal_id     BIGINT       NOT NULL,
    challenge_id    BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    filed_by        BIGINT       NOT NULL,
    grounds         ${text}      NOT NULL,
    filed_at        ${ts}        NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    review_due_at   ${ts},
    outcome         VARCHAR(20),
    reply           ${text},
    decided_at      ${ts},
    decided_by      BIGINT,
    CONSTRAINT uk_appeal_proposal UNIQUE (proposal_id)
);
CREATE INDEX ix_appeal_challenge ON appeal (challenge_id);
CREATE TABLE appeal_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    appeal_id   BIGINT      NOT NULL,
    reviewer_id BIGINT      NOT NULL,
    supports    BOOLEAN,
    opinion     ${text},
    assigned_at ${ts}       NOT NULL,
    given_at    ${ts},
    CONSTRAINT uk_appeal_review UNIQUE (appeal_id, reviewer_id),
    CONSTRAINT fk_appeal_review_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
);
CREATE INDEX ix_appeal_review_reviewer ON appeal_review (reviewer_id);
