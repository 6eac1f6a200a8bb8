-- The rapporteur's (or the firm's) rating of each individual review: helpful, adequate or poor (issue 15).
CREATE TABLE review_rating (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    challenge_id BIGINT      NOT NULL,
    proposal_id  BIGINT      NOT NULL,
    evaluator_id BIGINT      NOT NULL,
    rating       VARCHAR(20) NOT NULL,
    rated_by     BIGINT      NOT NULL,
    rated_at     ${ts}       NOT NULL,
    CONSTRAINT uk_review_rating UNIQUE (proposal_id, evaluator_id)
);
CREATE INDEX ix_review_rating_evaluator ON review_rating (evaluator_id);
