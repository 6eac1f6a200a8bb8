package it.convergo.account;

import it.convergo.base.AbstractEntity;
import it.convergo.base.TechnologyArea;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in. The e-mail is the login name and is stored lower-case. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = AccountLimits.EMAIL)
    private String email;

    @Column(name = "full_name", nullable = false, length = AccountLimits.FULL_NAME)
    private String fullName;

    /** Null until the user sets a password (invited users). */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_expertise", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    private Set<TechnologyArea> expertise = new HashSet<>();

    /** The e-mail address has been confirmed (registration link or invitation). */
    @Column(name = "email_confirmed", nullable = false)
    private boolean emailConfirmed;

    /** An admin can switch an account off without deleting what it did. */
    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String fullName, Organisation organisation, Set<Role> roles, Instant createdAt) {
        this.email = email;
        this.fullName = fullName;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public boolean canSignIn(Instant now) {
        return emailConfirmed && !disabled && passwordHash != null && !isLocked(now);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    public Set<TechnologyArea> getExpertise() {
        return Set.copyOf(expertise);
    }

    void setExpertise(Set<TechnologyArea> areas) {
        expertise.clear();
        expertise.addAll(areas);
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    void confirmEmail() {
        this.emailConfirmed = true;
    }

    /** The translation key of the account's state as administrators see it: disabled, locked, invited, unconfirmed, active. */
    public String statusKey(Instant now) {
        if (disabled) {
            return "admin.users.status.disabled";
        }
        if (isLocked(now)) {
            return "admin.users.status.locked";
        }
        if (!emailConfirmed) {
            return passwordHash == null ? "admin.users.status.invited" : "admin.users.status.unconfirmed";
        }
        return "admin.users.status.active";
    }

    public boolean isDisabled() {
        return disabled;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Counts a wrong password; after {@code maxAttempts} the account is locked until {@code lockUntil}. */
    void recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void unlock() {
        recordSuccessfulLogin();
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
