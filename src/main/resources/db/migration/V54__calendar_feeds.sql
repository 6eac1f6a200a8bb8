-- Private calendar feeds (issue 16): one secret address per user; only the SHA-256 of the secret is kept.
CREATE TABLE calendar_feed (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at ${ts}       NOT NULL,
    CONSTRAINT uk_calendar_feed_user UNIQUE (user_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash)
);
