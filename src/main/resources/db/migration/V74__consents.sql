-- Consent records (issue 16, GDPR article 7): append-only, one row per decision a person took; the current
-- state of a purpose is the person's latest row. text_hash is the SHA-256 of the exact text they were shown.
CREATE TABLE consent_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(30) NOT NULL,
    given       BOOLEAN     NOT NULL,
    text_hash   VARCHAR(64) NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    source      VARCHAR(30) NOT NULL,
    recorded_at ${ts}       NOT NULL,
    CONSTRAINT fk_consent_record_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_consent_record_user ON consent_record (user_id, purpose, id);
-- One-click unsubscribe links of optional e-mails: only the SHA-256 of the secret is kept.
CREATE TABLE consent_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    purpose    VARCHAR(30) NOT NULL,
    created_at ${ts}       NOT NULL,
    CONSTRAINT uk_consent_token UNIQUE (token_hash),
    CONSTRAINT fk_consent_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_consent_token_user ON consent_token (user_id);
