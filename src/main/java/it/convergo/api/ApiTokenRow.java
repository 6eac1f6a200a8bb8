package it.convergo.api;

import java.time.Instant;

/** A token as its owner's list shows it: never the secret, only its first characters. */
public record ApiTokenRow(long id, String name, String prefix, ApiScope scope, Instant createdAt, Instant lastUsedAt,
                          Instant expiresAt) {
}
