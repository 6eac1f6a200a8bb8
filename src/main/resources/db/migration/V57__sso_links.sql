-- Single sign-on (issue 16): which account an OpenID Connect provider's subject signs in as. Later sign-ins
-- follow the subject, never the e-mail address, which a person may change at the provider.
CREATE TABLE sso_link (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider   VARCHAR(100) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    user_id    BIGINT       NOT NULL,
    created_at ${ts}        NOT NULL,
    CONSTRAINT uk_sso_link UNIQUE (provider, subject),
    CONSTRAINT fk_sso_link_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_sso_link_user ON sso_link (user_id);
