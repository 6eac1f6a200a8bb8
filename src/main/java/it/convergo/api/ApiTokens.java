package it.convergo.api;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's API tokens: created with a name, a scope and an expiry day, shown in full once, listed without
 * the secret and revoked by their owner only (someone else's token answers "not found").
 */
@Service
public class ApiTokens {

    static final int NAME_MAX = 80;
    static final int MAX_PER_PERSON = 20;
    /** The furthest expiry a token may have: a forgotten token stops working within a year. */
    static final int MAX_DAYS = 366;

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token valid until the end of {@code expiresOn} (Italian time); the secret is in the answer only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewApiToken create(String name, ApiScope scope, LocalDate expiresOn) {
        AccountPrincipal me = CurrentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new UserFacingException("api.token.error.name", NAME_MAX);
        }
        if (scope == null) {
            throw new UserFacingException("api.token.error.scope");
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.ROME));
        if (expiresOn == null || expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new UserFacingException("api.token.error.expiry", MAX_DAYS);
        }
        if (tokens.countByUserId(me.userId()) >= MAX_PER_PERSON) {
            throw new UserFacingException("api.token.error.tooMany", MAX_PER_PERSON);
        }
        String secret = ApiSecrets.newSecret();
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(Times.ROME).toInstant();
        ApiToken token = tokens.save(new ApiToken(me.userId(), trimmed, scope, ApiSecrets.hash(secret),
                secret.substring(0, ApiSecrets.SHOWN), clock.instant(), expiresAt));
        audit.record("api.token.created", "api-token:" + token.getId(), trimmed + " (" + scope + ")");
        return new NewApiToken(token.row(), secret);
    }

    /** The signed-in person's tokens, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> mine() {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(CurrentUser.require().userId()).stream()
                .map(ApiToken::row).toList();
    }

    /** Revokes one of the signed-in person's tokens; it stops working at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findByIdAndUserId(id, CurrentUser.require().userId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        tokens.delete(token);
        audit.record("api.token.revoked", "api-token:" + id, token.name);
    }

    /** The caller a presented secret stands for, if it is a live token; notes when it was last used. */
    @Transactional
    Optional<ApiCaller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiSecrets.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(ApiSecrets.hash(secret)).filter(t -> t.expiresAt.isAfter(now)).map(t -> {
            tokens.used(t.getId(), now);
            return new ApiCaller(t.getId(), t.userId, t.scope);
        });
    }
}
