package it.convergo.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's logo: the re-encoded PNG only (the uploaded file is never kept). Replaced, never versioned. */
@Entity
@Table(name = "profile_logo")
class ProfileLogo {

    @Id
    @Column(name = "organisation_id")
    long organisationId;

    @Lob
    @Column(nullable = false)
    byte[] content;

    @Column(name = "content_type", nullable = false, length = 50)
    String contentType;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected ProfileLogo() {
    }

    ProfileLogo(long organisationId) {
        this.organisationId = organisationId;
    }
}
