package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A challenge's non-disclosure agreement as the signed-in visitor meets it: its current text, and acceptance
 * recorded with the version accepted (a new text after publication needs a new acceptance).
 */
@Service
public class ChallengeNda {

    private final ChallengeRepository stored;
    private final ChallengeGuard guard;
    private final NdaRepository ndas;
    private final NdaAcceptanceRepository acceptances;
    private final Challenges challenges;
    private final AuditLog audit;
    private final Clock clock;

    ChallengeNda(ChallengeRepository stored, ChallengeGuard guard, NdaRepository ndas, NdaAcceptanceRepository acceptances,
                 Challenges challenges, AuditLog audit, Clock clock) {
        this.stored = stored;
        this.guard = guard;
        this.ndas = ndas;
        this.acceptances = acceptances;
        this.challenges = challenges;
        this.audit = audit;
        this.clock = clock;
    }

    /** The text of the current NDA of a challenge this visitor may see (empty when none is required). */
    @Transactional(readOnly = true)
    public Optional<String> ndaText(long challengeId) {
        return requiring(challengeId).flatMap(c -> ndas.findByChallengeIdAndNumber(challengeId, c.ndaVersion)).map(n -> n.body);
    }

    /** Whether the signed-in user accepted the current NDA of this challenge (false when signed out). */
    @Transactional(readOnly = true)
    public boolean acceptedNda(long challengeId) {
        return CurrentUser.get().map(u -> challenges.hasAcceptedNda(challengeId, u.userId())).orElse(false);
    }

    /** Records that the signed-in user accepted the current NDA version (idempotent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptNda(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = requiring(challengeId).orElseThrow(ChallengeGuard::notFound);
        if (!acceptances.existsByChallengeIdAndUserIdAndNdaVersion(challengeId, user.userId(), c.ndaVersion)) {
            acceptances.save(new NdaAcceptance(challengeId, c.ndaVersion, user.userId(), user.organisationId(), clock.instant()));
            audit.record("challenge.ndaAccepted", c.subject(), "version " + c.ndaVersion);
        }
    }

    /** The challenge if this visitor may see it and it has a published NDA. */
    private Optional<Challenge> requiring(long challengeId) {
        return stored.findById(challengeId).filter(guard::canSee).filter(c -> c.ndaRequired && c.ndaVersion > 0);
    }
}
