-- Accounts, organisations, single-use tokens and the mail outbox.
-- Types that differ between H2 and MySQL come from Flyway placeholders (see application.yml).

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    country     VARCHAR(2)   NOT NULL,
    vat_number  VARCHAR(30)  NOT NULL,
    region      VARCHAR(30),
    size        VARCHAR(20),
    created_at  ${ts}        NOT NULL,
    CONSTRAINT uk_organisation_vat UNIQUE (country, vat_number)
);
CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    password_hash   VARCHAR(200),
    organisation_id BIGINT,
    email_confirmed BOOLEAN      NOT NULL,
    disabled        BOOLEAN      NOT NULL,
    failed_logins   INT          NOT NULL,
    locked_until    ${ts},
    language        VARCHAR(5),
    created_at      ${ts}        NOT NULL,
    CONSTRAINT uk_user_email UNIQUE (email),
    CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_user_name ON user_account (full_name);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE user_expertise (
    user_id BIGINT      NOT NULL,
    area    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, area),
    CONSTRAINT fk_expertise_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    user_id     BIGINT      NOT NULL,
    expires_at  ${ts}       NOT NULL,
    used_at     ${ts},
    CONSTRAINT uk_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE outbox_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        ${text}      NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    attempts    INT          NOT NULL,
    last_error  VARCHAR(500),
    created_at  ${ts}        NOT NULL,
    sent_at     ${ts}
);
CREATE INDEX ix_outbox_status ON outbox_message (status, created_at);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at ${ts}        NOT NULL,
    actor       VARCHAR(254),
    action      VARCHAR(60)  NOT NULL,
    subject     VARCHAR(120),
    details     VARCHAR(1000)
);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);
