-- Proposals of applicants to challenges: the working copy the team edits, its team members, the uploaded
-- PDFs (kept in the database with hash, size and pages), and every submission as a frozen version with its
-- answers, the files it included, the content hash and the receipt PDF.

CREATE TABLE proposal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    challenge_id        BIGINT        NOT NULL,
    challenge_title     VARCHAR(150)  NOT NULL,
    challenge_closes_at ${ts}         NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    lead_user_id        BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    editing             BOOLEAN       NOT NULL,
    title               VARCHAR(300),
    acronym             VARCHAR(60),
    abstract_text       ${text},
    team_text           ${text},
    budget              DECIMAL(14,2),
    budget_text         ${text},
    trl_now             INT           NOT NULL,
    trl_target          INT           NOT NULL,
    created_at          ${ts}         NOT NULL,
    updated_at          ${ts}         NOT NULL,
    updated_by          VARCHAR(150),
    submitted_at        ${ts},
    submission_version  INT           NOT NULL,
    content_hash        VARCHAR(64),
    outcome_note        VARCHAR(2000),
    outcome_at          ${ts},
    withdrawn_at        ${ts},
    CONSTRAINT fk_proposal_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_proposal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_proposal_lead FOREIGN KEY (lead_user_id) REFERENCES user_account (id)
);
-- "My proposals" (by organisation, newest first), the firm's list and the statistics (by challenge and state)
CREATE INDEX ix_proposal_organisation ON proposal (organisation_id, updated_at);
CREATE INDEX ix_proposal_challenge ON proposal (challenge_id, status);

CREATE TABLE proposal_area (
    proposal_id BIGINT      NOT NULL,
    area        VARCHAR(40) NOT NULL,
    PRIMARY KEY (proposal_id, area),
    CONSTRAINT fk_parea_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);

CREATE TABLE proposal_answer (
    proposal_id BIGINT  NOT NULL,
    pos         INT     NOT NULL,
    answer      ${text},
    PRIMARY KEY (proposal_id, pos),
    CONSTRAINT fk_panswer_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);

CREATE TABLE proposal_member (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    proposal_id BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    invited_by  BIGINT       NOT NULL,
    invited_at  ${ts}        NOT NULL,
    CONSTRAINT uk_proposal_member UNIQUE (proposal_id, email),
    CONSTRAINT fk_member_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_member_email ON proposal_member (email);

-- question_pos: the PDF question of the form the file answers, -1 for a general attachment.
-- in_draft: part of the working copy; files that left it stay while a submission refers to them.
CREATE TABLE proposal_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL,
    question_pos INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    pages        INT          NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      ${blob}      NOT NULL,
    uploaded_at  ${ts}        NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    in_draft     BOOLEAN      NOT NULL,
    CONSTRAINT fk_pfile_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_file ON proposal_file (proposal_id, in_draft);

CREATE TABLE proposal_submission (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    proposal_id    BIGINT        NOT NULL,
    number         INT           NOT NULL,
    submitted_at   ${ts}         NOT NULL,
    submitted_by   BIGINT        NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    acronym        VARCHAR(60),
    abstract_text  ${text},
    team_text      ${text},
    budget         DECIMAL(14,2),
    budget_text    ${text},
    trl_now        INT           NOT NULL,
    trl_target     INT           NOT NULL,
    areas          VARCHAR(1000),
    receipt        ${blob}       NOT NULL,
    CONSTRAINT uk_proposal_submission UNIQUE (proposal_id, number),
    CONSTRAINT fk_submission_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_submission_time ON proposal_submission (submitted_at);

CREATE TABLE proposal_submission_answer (
    submission_id BIGINT        NOT NULL,
    pos           INT           NOT NULL,
    question      VARCHAR(300)  NOT NULL,
    answer        ${text},
    PRIMARY KEY (submission_id, pos),
    CONSTRAINT fk_sanswer_submission FOREIGN KEY (submission_id) REFERENCES proposal_submission (id)
);

CREATE TABLE proposal_submission_file (
    submission_id BIGINT NOT NULL,
    file_id       BIGINT NOT NULL,
    PRIMARY KEY (submission_id, file_id),
    CONSTRAINT fk_sfile_submission FOREIGN KEY (submission_id) REFERENCES proposal_submission (id),
    CONSTRAINT fk_sfile_file FOREIGN KEY (file_id) REFERENCES proposal_file (id)
);
