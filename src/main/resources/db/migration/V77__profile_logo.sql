-- An organisation's logo in the network, at most one: the PNG the portal re-encoded from the upload, never the
-- uploaded bytes. It hangs on the profile, so removing the profile (or, through it, the organisation) removes it.
CREATE TABLE profile_logo (
    organisation_id BIGINT      NOT NULL PRIMARY KEY,
    content         ${blob}     NOT NULL,
    content_type    VARCHAR(50) NOT NULL,
    updated_at      ${ts}       NOT NULL,
    CONSTRAINT fk_profile_logo_profile FOREIGN KEY (organisation_id)
        REFERENCES innovator_profile (organisation_id) ON DELETE CASCADE
);
