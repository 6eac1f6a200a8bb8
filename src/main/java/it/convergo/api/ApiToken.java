package it.convergo.api;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's API token: its name, scope and validity; of the secret only the SHA-256 and the first characters. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(nullable = false, length = 80)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    ApiScope scope;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    String tokenHash;

    @Column(nullable = false, length = 16)
    String prefix;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, ApiScope scope, String tokenHash, String prefix, Instant createdAt,
             Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    ApiTokenRow row() {
        return new ApiTokenRow(getId(), name, prefix, scope, createdAt, lastUsedAt, expiresAt);
    }
}
