package it.convergo.account;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sessions opened before a password change. A session remembers a digest of the password hash it
 * signed in with; each request compares it with the database, so a reset (new hash) or a disabled account
 * ends every session of that user at its next request, on every node, Vaadin sessions included.
 */
@Service
public class CredentialStamps {

    private final UserRepository users;

    CredentialStamps(UserRepository users) {
        this.users = users;
    }

    /** Whether this signed-in user's session still matches their account. */
    @Transactional(readOnly = true)
    public boolean isCurrent(AccountPrincipal principal) {
        return users.findCredentials(principal.userId())
                .filter(c -> !c.isDisabled())
                .map(c -> Objects.equals(of(c.getPasswordHash()), principal.credentialStamp()))
                .orElse(false);
    }

    /** A short digest, so the session never holds the password hash itself. */
    static String of(String passwordHash) {
        return passwordHash == null ? "" : Tokens.hash(passwordHash).substring(0, 32);
    }
}
