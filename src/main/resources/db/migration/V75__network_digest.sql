-- The weekly digest of challenges that fit a profile (issue 14): one row per person and week it was sent, so two
-- nodes, or a run repeated the same week, never send it twice.
CREATE TABLE network_digest (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT NOT NULL,
    week_start DATE   NOT NULL,
    sent_at    ${ts}  NOT NULL,
    CONSTRAINT uk_network_digest UNIQUE (user_id, week_start)
);
