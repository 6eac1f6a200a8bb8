-- A MinHash signature of each submitted proposal's latest version, for the firm's duplicate flags.
-- Computed lazily (when a firm first looks); a row whose submission_number is behind the proposal's is stale.
CREATE TABLE proposal_fingerprint (
    proposal_id       BIGINT       NOT NULL PRIMARY KEY,
    submission_number INT          NOT NULL,
    challenge_id      BIGINT       NOT NULL,
    signature         VARCHAR(700),
    computed_at       TIMESTAMP(6) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX idx_proposal_fingerprint_challenge ON proposal_fingerprint (challenge_id);
