-- A firm manager's declared conflict with a proposal to the firm's challenge: from then on that manager no
-- longer reads the proposal, its scores or its discussion (issue 15).
CREATE TABLE proposal_staff_conflict (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    declared_at ${ts}         NOT NULL,
    CONSTRAINT uk_staff_conflict UNIQUE (proposal_id, user_id),
    CONSTRAINT fk_staff_conflict_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_staff_conflict_user ON proposal_staff_conflict (user_id);
