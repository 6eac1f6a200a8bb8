package it.convergo.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for services that check ownership on the server. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AccountPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
