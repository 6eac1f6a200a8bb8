-- Evaluators' bids on proposals before the assignment, and the firm's bidding rounds.
CREATE TABLE bidding_round (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT NOT NULL,
    opened_at    ${ts}  NOT NULL,
    closed_at    ${ts},
    CONSTRAINT uk_bidding_round UNIQUE (challenge_id)
);

CREATE TABLE evaluator_bid (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT      NOT NULL,
    proposal_id  BIGINT      NOT NULL,
    evaluator_id BIGINT      NOT NULL,
    level        VARCHAR(20) NOT NULL,
    updated_at   ${ts}       NOT NULL,
    CONSTRAINT uk_bid UNIQUE (proposal_id, evaluator_id)
);
CREATE INDEX ix_bid_challenge ON evaluator_bid (challenge_id);
