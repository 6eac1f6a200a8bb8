-- The network's innovator profiles: one per organisation, edited by its members. Each field carries who may see
-- it (PUBLIC, MEMBERS, PRIVATE) in innovator_profile_visibility; a profile not listed is in no directory.

CREATE TABLE innovator_profile (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    organisation_name   VARCHAR(200)  NOT NULL,
    organisation_type   VARCHAR(30),
    listed              BOOLEAN       NOT NULL,
    description_it      ${text},
    description_en      ${text},
    trl                 INT,
    capabilities        VARCHAR(1000),
    references_text     ${text},
    team_size           INT,
    region              VARCHAR(30),
    certifications      VARCHAR(500),
    links               VARCHAR(1000),
    open_to_partnering  BOOLEAN       NOT NULL,
    facilities          ${text},
    updated_at          ${ts}         NOT NULL,
    updated_by          VARCHAR(150),
    CONSTRAINT uq_innovator_profile_org UNIQUE (organisation_id),
    CONSTRAINT fk_innovator_profile_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE innovator_profile_area (
    profile_id BIGINT      NOT NULL,
    area       VARCHAR(40) NOT NULL,
    PRIMARY KEY (profile_id, area),
    CONSTRAINT fk_profile_area FOREIGN KEY (profile_id) REFERENCES innovator_profile (id)
);

CREATE TABLE innovator_profile_sector (
    profile_id BIGINT      NOT NULL,
    sector     VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, sector),
    CONSTRAINT fk_profile_sector FOREIGN KEY (profile_id) REFERENCES innovator_profile (id)
);

CREATE TABLE innovator_profile_visibility (
    profile_id BIGINT      NOT NULL,
    field      VARCHAR(30) NOT NULL,
    visibility VARCHAR(10) NOT NULL,
    PRIMARY KEY (profile_id, field),
    CONSTRAINT fk_profile_visibility FOREIGN KEY (profile_id) REFERENCES innovator_profile (id)
);
