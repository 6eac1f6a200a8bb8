-- Challenges of lead firms: the call itself, how proposals are judged, the application form, the brief and
-- cover, the NDA versions and who accepted them, invite-only access, clarification questions and followers.
-- Types that differ between H2 and MySQL come from Flyway placeholders (see application.yml).

CREATE TABLE challenge (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    firm_id                 BIGINT        NOT NULL,
    slug                    VARCHAR(140)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    language                VARCHAR(5)    NOT NULL,
    title                   VARCHAR(150)  NOT NULL,
    summary                 VARCHAR(500),
    description             ${text},
    problem                 ${text},
    expected_outcome        ${text},
    sector                  VARCHAR(30),
    trl_min                 INT           NOT NULL,
    trl_max                 INT           NOT NULL,
    eligible_countries      VARCHAR(200),
    max_size                VARCHAR(20),
    consortia_allowed       BOOLEAN       NOT NULL,
    ip_terms                VARCHAR(30)   NOT NULL,
    nda_required            BOOLEAN       NOT NULL,
    nda_text                ${text},
    nda_version             INT           NOT NULL,
    visibility              VARCHAR(20)   NOT NULL,
    access_code             VARCHAR(40),
    opens_at                ${ts},
    closes_at               ${ts},
    evaluation_ends_at      ${ts},
    results_at              ${ts},
    overall_threshold       DECIMAL(7,2)  NOT NULL,
    evaluators_per_proposal INT           NOT NULL,
    blind_evaluation        BOOLEAN       NOT NULL,
    divergence_threshold    DECIMAL(5,2)  NOT NULL,
    title_max               INT           NOT NULL,
    acronym_max             INT           NOT NULL,
    abstract_max            INT           NOT NULL,
    budget_max              DECIMAL(14,2),
    reward_total            DECIMAL(14,2),
    search_text             VARCHAR(1000) NOT NULL,
    created_at              ${ts}         NOT NULL,
    updated_at              ${ts}         NOT NULL,
    published_at            ${ts},
    CONSTRAINT uk_challenge_slug UNIQUE (slug),
    CONSTRAINT fk_challenge_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
);
-- the catalogue filters on status + visibility and sorts by deadline or publication
CREATE INDEX ix_challenge_catalogue ON challenge (status, visibility, closes_at);
CREATE INDEX ix_challenge_published ON challenge (status, visibility, published_at);
CREATE INDEX ix_challenge_sector ON challenge (sector, status);
CREATE INDEX ix_challenge_firm ON challenge (firm_id, status);
CREATE INDEX ix_challenge_title ON challenge (title);

CREATE TABLE challenge_area (
    challenge_id BIGINT      NOT NULL,
    area         VARCHAR(40) NOT NULL,
    PRIMARY KEY (challenge_id, area),
    CONSTRAINT fk_area_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_challenge_area ON challenge_area (area, challenge_id);

CREATE TABLE challenge_org_type (
    challenge_id BIGINT      NOT NULL,
    org_type     VARCHAR(30) NOT NULL,
    PRIMARY KEY (challenge_id, org_type),
    CONSTRAINT fk_orgtype_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_region (
    challenge_id BIGINT      NOT NULL,
    region       VARCHAR(30) NOT NULL,
    PRIMARY KEY (challenge_id, region),
    CONSTRAINT fk_region_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_invited_org (
    challenge_id    BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (challenge_id, organisation_id),
    CONSTRAINT fk_invited_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_challenge_invited ON challenge_invited_org (organisation_id);

CREATE TABLE challenge_reward (
    challenge_id BIGINT        NOT NULL,
    pos          INT           NOT NULL,
    type         VARCHAR(30)   NOT NULL,
    description  VARCHAR(500),
    amount       DECIMAL(14,2),
    PRIMARY KEY (challenge_id, pos),
    CONSTRAINT fk_reward_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_challenge_reward ON challenge_reward (type, challenge_id);

CREATE TABLE challenge_criterion (
    challenge_id BIGINT       NOT NULL,
    pos          INT          NOT NULL,
    name         VARCHAR(120) NOT NULL,
    description  VARCHAR(1000),
    weight       DECIMAL(5,2) NOT NULL,
    max_score    DECIMAL(5,2) NOT NULL,
    step         DECIMAL(4,2) NOT NULL,
    threshold    DECIMAL(5,2) NOT NULL,
    tie_break    INT          NOT NULL,
    PRIMARY KEY (challenge_id, pos),
    CONSTRAINT fk_criterion_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_question (
    challenge_id BIGINT       NOT NULL,
    pos          INT          NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    label_en     VARCHAR(300),
    label_it     VARCHAR(300),
    required     BOOLEAN      NOT NULL,
    max_chars    INT,
    max_pages    INT,
    options      ${text},
    PRIMARY KEY (challenge_id, pos),
    CONSTRAINT fk_question_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    challenge_id BIGINT       NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    pages        INT,
    content      ${blob}      NOT NULL,
    uploaded_at  ${ts}        NOT NULL,
    CONSTRAINT uk_challenge_file UNIQUE (challenge_id, kind),
    CONSTRAINT fk_file_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_nda (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT  NOT NULL,
    challenge_id BIGINT  NOT NULL,
    nda_version  INT     NOT NULL,
    body         ${text} NOT NULL,
    created_at   ${ts}   NOT NULL,
    CONSTRAINT uk_challenge_nda UNIQUE (challenge_id, nda_version),
    CONSTRAINT fk_nda_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_nda_acceptance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT NOT NULL,
    challenge_id    BIGINT NOT NULL,
    nda_version     INT    NOT NULL,
    user_id         BIGINT NOT NULL,
    organisation_id BIGINT,
    accepted_at     ${ts}  NOT NULL,
    CONSTRAINT uk_nda_acceptance UNIQUE (challenge_id, user_id, nda_version),
    CONSTRAINT fk_acceptance_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);

CREATE TABLE challenge_access (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT  NOT NULL,
    challenge_id BIGINT  NOT NULL,
    user_id      BIGINT  NOT NULL,
    granted      BOOLEAN NOT NULL,
    failures     INT     NOT NULL,
    locked_until ${ts},
    CONSTRAINT uk_challenge_access UNIQUE (challenge_id, user_id),
    CONSTRAINT fk_access_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_challenge_access_user ON challenge_access (user_id, granted);

CREATE TABLE challenge_clarification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    challenge_id BIGINT        NOT NULL,
    asked_by     BIGINT        NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    answer       ${text},
    public_answer BOOLEAN      NOT NULL,
    asked_at     ${ts}         NOT NULL,
    answered_at  ${ts},
    CONSTRAINT fk_clarification_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_clarification_challenge ON challenge_clarification (challenge_id, answered_at);

CREATE TABLE challenge_follower (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT NOT NULL,
    challenge_id BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    followed_at  ${ts}  NOT NULL,
    CONSTRAINT uk_challenge_follower UNIQUE (challenge_id, user_id),
    CONSTRAINT fk_follower_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
