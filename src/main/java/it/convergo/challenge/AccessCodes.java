package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a signed-in user opens an invite-only challenge with its access code, with guessing throttled. */
@Service
public class AccessCodes {

    private final ChallengeRepository challenges;
    private final ChallengeAccessRepository accesses;
    private final AccessCodeGuesses guesses;
    private final AuditLog audit;
    private final Clock clock;

    AccessCodes(ChallengeRepository challenges, ChallengeAccessRepository accesses, AccessCodeGuesses guesses,
                AuditLog audit, Clock clock) {
        this.challenges = challenges;
        this.accesses = accesses;
        this.guesses = guesses;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens an invite-only challenge for the signed-in user with its access code. Wrong codes are counted;
     * after {@link ChallengeLimits#CODE_ATTEMPTS} the code is locked for this user for a while, and
     * {@link AccessCodeGuesses} also limits guesses per client and per challenge. An address without an
     * invite-only challenge answers exactly like one: wrong code, then locked.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public void enterAccessCode(String slug, String code) {
        AccountPrincipal user = CurrentUser.require();
        Optional<Challenge> found = challenges.findBySlug(slug == null ? "" : slug)
                .filter(x -> x.status.isPublished() && x.visibility == Visibility.INVITE_ONLY);
        Instant now = clock.instant();
        ChallengeAccess access = found.map(c -> accesses.findByChallengeIdAndUserId(c.getId(), user.userId())
                .orElseGet(() -> new ChallengeAccess(c.getId(), user.userId()))).orElse(null);
        if (access != null && access.granted) {
            return;
        }
        if (guesses.locked(slug, user.userId()) || access != null && access.lockedUntil != null
                && now.isBefore(access.lockedUntil)) {
            throw locked();
        }
        Challenge c = found.orElse(null);
        boolean right = c != null && c.accessCode != null && code != null && MessageDigest.isEqual(
                c.accessCode.trim().getBytes(StandardCharsets.UTF_8), code.trim().getBytes(StandardCharsets.UTF_8));
        if (right) {
            access.granted = true;
            access.failures = 0;
            access.lockedUntil = null;
            accesses.save(access);
            audit.record("challenge.accessCodeUsed", c.subject(), "user:" + user.userId());
            return;
        }
        boolean locked = guesses.wrong(slug, user.userId(), c != null);
        if (c == null) {
            throw locked ? locked() : new UserFacingException("challenge.error.wrongCode");
        }
        access.failures++;
        if (locked || access.failures >= ChallengeLimits.CODE_ATTEMPTS) {
            access.failures = 0;
            access.lockedUntil = now.plus(Duration.ofMinutes(ChallengeLimits.CODE_LOCK_MINUTES));
            audit.record("challenge.accessCodeLocked", c.subject(), "user:" + user.userId());
            accesses.save(access);
            throw locked();
        }
        accesses.save(access);
        throw new UserFacingException("challenge.error.wrongCode");
    }

    private static UserFacingException locked() {
        return new UserFacingException("challenge.error.codeLocked", ChallengeLimits.CODE_LOCK_MINUTES);
    }
}
