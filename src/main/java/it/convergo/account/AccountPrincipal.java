package it.convergo.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it; the ids let services check ownership cheaply. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    private final long userId;
    private final String email;
    private final String fullName;
    private final Long organisationId;
    private final String organisationName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final String credentialStamp;
    private String passwordHash;

    public AccountPrincipal(long userId, String email, String fullName, Long organisationId,
                            String organisationName, Set<Role> roles, String passwordHash,
                            boolean enabled, boolean locked) {
        this.userId = userId;
        this.email = email;
        this.fullName = fullName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.credentialStamp = CredentialStamps.of(passwordHash);
    }

    /** A digest of the password hash this session signed in with; a new password makes it stale. */
    String credentialStamp() {
        return credentialStamp;
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    /** Null for network operators who belong to no organisation. */
    public Long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is not kept in the session once authentication is done. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
