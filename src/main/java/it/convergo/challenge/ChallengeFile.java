package it.convergo.challenge;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The challenge's PDF brief or cover image, kept in the database with its fingerprint. */
@Entity
@Table(name = "challenge_file")
class ChallengeFile extends AbstractEntity {

    enum Kind { BRIEF, COVER }

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Kind kind;
    @Column(name = "file_name", nullable = false, length = 200)
    String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    String contentType;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Column(nullable = false, length = 64)
    String sha256;
    Integer pages;
    @Lob
    @Column(nullable = false)
    byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    protected ChallengeFile() {
    }

    ChallengeFile(long challengeId, Kind kind) {
        this.challengeId = challengeId;
        this.kind = kind;
    }
}
