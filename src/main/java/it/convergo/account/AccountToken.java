package it.convergo.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link sent by e-mail. Only the SHA-256 of the secret is stored, so a database leak does
 * not hand out working links.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD, INVITATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, Purpose purpose, UserAccount user, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.user = user;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }

    UserAccount getUser() {
        return user;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
