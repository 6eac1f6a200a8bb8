-- A public or members' vote as an additional prize next to the jury's ranking (issue 15, "Audience award").
-- One vote per challenge; its entries are the proposals whose applicants opted in with a public title and summary.
CREATE TABLE prize_vote (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    challenge_id       BIGINT       NOT NULL,
    prize_name         VARCHAR(120) NOT NULL,
    audience           VARCHAR(20)  NOT NULL,
    exclude_firm_staff BOOLEAN      NOT NULL,
    exclude_evaluators BOOLEAN      NOT NULL,
    opens_at           ${ts}        NOT NULL,
    closes_at          ${ts}        NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    configured_by      BIGINT       NOT NULL,
    counted_at         ${ts},
    CONSTRAINT uk_prize_vote_challenge UNIQUE (challenge_id)
);

CREATE TABLE prize_vote_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    vote_id         BIGINT        NOT NULL,
    proposal_id     BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    public_title    VARCHAR(200),
    public_summary  VARCHAR(1000),
    opted_in        BOOLEAN       NOT NULL,
    opted_in_by     BIGINT,
    opted_in_at     ${ts},
    votes           INT,
    CONSTRAINT uk_prize_vote_entry UNIQUE (vote_id, proposal_id),
    CONSTRAINT fk_prize_vote_entry_vote FOREIGN KEY (vote_id) REFERENCES prize_vote (id)
);
CREATE INDEX ix_prize_vote_entry_proposal ON prize_vote_entry (proposal_id);

-- Secret ballots: the firm reads only how many were cast until the vote is counted. One per voter and vote;
-- an erased voter's ballot stays (the count stays honest) with voter_id null.
CREATE TABLE prize_vote_ballot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id     BIGINT NOT NULL,
    entry_id    BIGINT NOT NULL,
    voter_id    BIGINT,
    cast_at     ${ts}  NOT NULL,
    CONSTRAINT uk_prize_vote_ballot UNIQUE (vote_id, voter_id),
    CONSTRAINT fk_prize_vote_ballot_vote FOREIGN KEY (vote_id) REFERENCES prize_vote (id),
    CONSTRAINT fk_prize_vote_ballot_entry FOREIGN KEY (entry_id) REFERENCES prize_vote_entry (id)
);
CREATE INDEX ix_prize_vote_ballot_voter ON prize_vote_ballot (voter_id);
