package it.convergo.evaluation.results;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.shared.EvaluationAccess;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm chooses which ranking decides (raw or normalised) before either is shown; the choice is final
 * (it cannot be changed once the rankings have been seen) and audited. Choosing the same again changes
 * nothing (double click, a colleague at the same moment); a different choice afterwards is refused.
 */
@Service
public class RankingBasisService {

    private final EvaluationAccess access;
    private final RankingBasisRepository bases;
    private final AuditLog audit;
    private final Clock clock;

    RankingBasisService(EvaluationAccess access, RankingBasisRepository bases, AuditLog audit, Clock clock) {
        this.access = access;
        this.bases = bases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chosen basis, if any. */
    @Transactional(readOnly = true)
    public Optional<RankingBasis> basis(long challengeId) {
        access.firmChallenge(challengeId);
        return bases.findByChallengeId(challengeId).map(c -> c.basis);
    }

    @Transactional
    public void choose(long challengeId, RankingBasis basis) {
        access.firmChallenge(challengeId);
        if (basis == null) {
            throw new UserFacingException("evaluation.calibration.error.choose");
        }
        Optional<RankingBasisChoice> existing = bases.findByChallengeId(challengeId);
        if (existing.isPresent()) {
            refuseChange(existing.get(), basis);
            return;
        }
        try {
            bases.saveAndFlush(new RankingBasisChoice(challengeId, basis, CurrentUser.require().userId(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // a colleague chose at the same moment: theirs counts; the same choice is fine, another is refused
            throw new UserFacingException("evaluation.calibration.error.chosen");
        }
        audit.record("evaluation.rankingBasis", "challenge:" + challengeId, basis.name());
    }

    private static void refuseChange(RankingBasisChoice chosen, RankingBasis wanted) {
        if (chosen.basis != wanted) {
            throw new UserFacingException("evaluation.calibration.error.chosen");
        }
    }
}
