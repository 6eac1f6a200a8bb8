-- Personal API tokens for the REST API (issue 16). Only the SHA-256 of the secret is kept; the prefix shows
-- the first characters so that a person can tell their tokens apart.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    scope        VARCHAR(10)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   ${ts}        NOT NULL,
    expires_at   ${ts}        NOT NULL,
    last_used_at ${ts},
    revoked_at   ${ts},
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
