-- Technology needs and offers (issue 14): short posts of an organisation, the interest other organisations
-- express in them (one per organisation and post) and the private thread an accepted interest opens.
CREATE TABLE exchange_post (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    author_user_id  BIGINT,
    kind            VARCHAR(10)   NOT NULL,
    arrangement     VARCHAR(20)   NOT NULL,
    area            VARCHAR(40)   NOT NULL,
    title           VARCHAR(150)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    trl             INT,
    status          VARCHAR(10)   NOT NULL,
    created_at      ${ts}         NOT NULL,
    expires_at      ${ts}         NOT NULL
);
CREATE INDEX ix_exchange_post_board ON exchange_post (status, expires_at);
CREATE INDEX ix_exchange_post_organisation ON exchange_post (organisation_id);

CREATE TABLE exchange_interest (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    post_id         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    user_id         BIGINT,
    note            VARCHAR(1000),
    status          VARCHAR(10)   NOT NULL,
    created_at      ${ts}         NOT NULL,
    decided_at      ${ts},
    CONSTRAINT fk_exchange_interest_post FOREIGN KEY (post_id) REFERENCES exchange_post (id),
    CONSTRAINT uk_exchange_interest UNIQUE (post_id, organisation_id)
);
CREATE INDEX ix_exchange_interest_organisation ON exchange_interest (organisation_id);

CREATE TABLE exchange_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    interest_id     BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    user_id         BIGINT,
    author_name     VARCHAR(200)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    created_at      ${ts}         NOT NULL,
    CONSTRAINT fk_exchange_message_interest FOREIGN KEY (interest_id) REFERENCES exchange_interest (id)
);
CREATE INDEX ix_exchange_message_interest ON exchange_message (interest_id);
CREATE INDEX ix_exchange_message_user ON exchange_message (user_id);
