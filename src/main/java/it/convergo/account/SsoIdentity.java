package it.convergo.account;

/**
 * Who an OpenID Connect provider says signed in: its subject (stable per provider), the address it asserts
 * and whether it verified that address, and the name and language it shares (both may be null).
 */
public record SsoIdentity(String provider, String subject, String email, boolean emailVerified, String fullName,
                          String locale) {
}
