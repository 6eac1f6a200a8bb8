-- Evaluators of blind challenges report proposals whose visible text names the applicant.
CREATE TABLE anonymity_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT        NOT NULL,
    proposal_id  BIGINT        NOT NULL,
    evaluator_id BIGINT        NOT NULL,
    note         VARCHAR(1000),
    reported_at  ${ts}         NOT NULL,
    CONSTRAINT uk_anonymity_report UNIQUE (proposal_id, evaluator_id)
);
CREATE INDEX ix_anonymity_report_challenge ON anonymity_report (challenge_id);
