-- Retention per challenge (issue 16, GDPR): how many months after the results are published the content of
-- the proposals that were not selected is deleted (NULL = kept). The proposal keeps a tombstone with the time
-- its content was deleted; retention_run claims a challenge's purge once, so two nodes never run it twice.
ALTER TABLE challenge ADD COLUMN retention_months INT;
ALTER TABLE proposal ADD COLUMN purged_at ${ts};
ALTER TABLE proposal ADD COLUMN purge_reason VARCHAR(40);
CREATE TABLE retention_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT NOT NULL,
    ran_at       ${ts}  NOT NULL,
    purged       INT    NOT NULL,
    CONSTRAINT uk_retention_run_challenge UNIQUE (challenge_id)
);
