-- Consortium building (issue 14): one organisation asks another, open to partnering, to team up for a challenge;
-- the other side accepts (contacts are revealed both ways) or ignores it. One request per pair and challenge.
CREATE TABLE partner_request (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    challenge_id         BIGINT        NOT NULL,
    from_organisation_id BIGINT        NOT NULL,
    from_user_id         BIGINT,
    to_organisation_id   BIGINT        NOT NULL,
    message              VARCHAR(1000),
    status               VARCHAR(10)   NOT NULL,
    created_at           ${ts}         NOT NULL,
    answered_at          ${ts},
    answered_by_user_id  BIGINT,
    CONSTRAINT uk_partner_request UNIQUE (challenge_id, from_organisation_id, to_organisation_id)
);
CREATE INDEX ix_partner_request_to ON partner_request (to_organisation_id, status);
CREATE INDEX ix_partner_request_from ON partner_request (from_organisation_id);
