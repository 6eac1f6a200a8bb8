-- Two-stage challenges (issue 15): a short outline stage, the firm's shortlist, then invited full proposals.
-- challenge.stage is NULL for single-stage challenges (every existing one); for two-stage ones it follows the
-- lifecycle: OUTLINE (open for outlines until outline_closes_at), SHORTLIST (the firm decides), FULL (invited
-- full proposals until closes_at). A question with outline = TRUE belongs to the outline form too.
ALTER TABLE challenge ADD COLUMN two_stage BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE challenge ADD COLUMN outline_closes_at ${ts};
ALTER TABLE challenge ADD COLUMN stage VARCHAR(12);
ALTER TABLE challenge ADD COLUMN shortlist_confirmed_at ${ts};
ALTER TABLE challenge_question ADD COLUMN outline BOOLEAN DEFAULT FALSE NOT NULL;

-- A proposal advances in place from OUTLINE to FULL when shortlisted: one row, one audit subject, and each
-- submission (with its receipt) keeps the stage it was made in. Single-stage proposals are FULL from the start.
ALTER TABLE proposal ADD COLUMN stage VARCHAR(10) DEFAULT 'FULL' NOT NULL;
ALTER TABLE proposal ADD COLUMN shortlisted BOOLEAN;
ALTER TABLE proposal ADD COLUMN shortlist_feedback VARCHAR(2000);
ALTER TABLE proposal ADD COLUMN shortlist_by BIGINT;
ALTER TABLE proposal ADD COLUMN shortlist_at ${ts};
ALTER TABLE proposal_submission ADD COLUMN stage VARCHAR(10) DEFAULT 'FULL' NOT NULL;
