-- Organisations or people the applicant asks not to evaluate their proposal, with the reason (issue 15).
-- kind ORGANISATION: organisation names it; kind PERSON: person_name and/or email (organisation as context).
CREATE TABLE proposal_exclusion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    proposal_id  BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    person_name  VARCHAR(200),
    email        VARCHAR(254),
    organisation VARCHAR(200),
    reason       VARCHAR(1000) NOT NULL,
    added_by     BIGINT       NOT NULL,
    added_at     ${ts}        NOT NULL,
    CONSTRAINT fk_exclusion_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
);
CREATE INDEX ix_proposal_exclusion ON proposal_exclusion (proposal_id);
