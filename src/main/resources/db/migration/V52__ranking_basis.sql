-- Which ranking decides a challenge (raw consensus totals or scores normalised per evaluator), chosen by the
-- firm once, before either ranking is shown (issue 15).
CREATE TABLE ranking_basis (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT      NOT NULL,
    basis        VARCHAR(20) NOT NULL,
    chosen_by    BIGINT      NOT NULL,
    chosen_at    ${ts}       NOT NULL,
    CONSTRAINT uk_ranking_basis UNIQUE (challenge_id)
);
