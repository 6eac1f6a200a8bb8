-- Receipts are rendered on first download instead of inside the submission (the PDF cost as much CPU as the
-- rest of a submission at the deadline rush). A submission keeps what its receipt shows that could change
-- later (the challenge's title, the organisation's name, the reader's language); the PDF, once rendered, is
-- kept in a table of its own. Receipts rendered before this change move there unchanged.
ALTER TABLE proposal_submission ADD COLUMN challenge_title VARCHAR(300);
ALTER TABLE proposal_submission ADD COLUMN organisation_name VARCHAR(300);
ALTER TABLE proposal_submission ADD COLUMN receipt_locale VARCHAR(10);

CREATE TABLE proposal_receipt (
    submission_id BIGINT   NOT NULL PRIMARY KEY,
    pdf           ${blob}  NOT NULL,
    rendered_at   ${ts}    NOT NULL,
    CONSTRAINT fk_receipt_submission FOREIGN KEY (submission_id) REFERENCES proposal_submission (id)
);

INSERT INTO proposal_receipt (submission_id, pdf, rendered_at)
    SELECT id, receipt, submitted_at FROM proposal_submission;

ALTER TABLE proposal_submission DROP COLUMN receipt;
