package it.convergo.challenge;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API the proposals and evaluation features rely on: the challenge as published and the rules a
 * submission must meet, without any access check. Callers check their own users' rights.
 */
@Service
public class Challenges {

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final ChallengeViews views;
    private final NdaAcceptanceRepository acceptances;

    Challenges(ChallengeRepository challenges, ChallengeGuard guard, ChallengeViews views,
               NdaAcceptanceRepository acceptances) {
        this.challenges = challenges;
        this.guard = guard;
        this.views = views;
        this.acceptances = acceptances;
    }

    /** The challenge as published; "not found" for an unknown id. */
    @Transactional(readOnly = true)
    public ChallengeView view(long challengeId) {
        return find(challengeId).orElseThrow(ChallengeGuard::notFound);
    }

    /** Like {@link #view} but empty for an unknown id, for callers that must not fail (workflow events). */
    @Transactional(readOnly = true)
    public Optional<ChallengeView> find(long challengeId) {
        return challenges.findById(challengeId).map(views::of);
    }

    /** Whether a proposal may be submitted at this instant: open, and before the exact closing time. */
    @Transactional(readOnly = true)
    public boolean isOpenForSubmission(long challengeId, Instant at) {
        return challenges.findRules(challengeId).map(r -> ChallengeRules.openAt(r.status(), r.opensAt(), r.closesAt(), at, r.stages()))
                .orElse(false);
    }

    /** What editing and submitting a proposal need of the challenge, without rendering or looking up anything else. */
    @Transactional(readOnly = true)
    public ChallengeRules rules(long challengeId) {
        ChallengeRepository.RulesRow r = challenges.findRules(challengeId).orElseThrow(ChallengeGuard::notFound);
        List<QuestionDef> questions = challenges.findQuestions(challengeId).stream().map(Challenge.Question::def).toList();
        return new ChallengeRules(r.id(), r.status(), r.title(), r.language(), r.ndaRequired(), r.opensAt(), r.closesAt(),
                new FormDefinition(r.titleMax(), r.acronymMax(), r.abstractMax(), r.budgetMax(), questions), r.stages());
    }

    /**
     * Months after the results' publication before the content of proposals not selected is deleted, by
     * challenge: only the challenges that set a rule.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> retentionRules() {
        Map<Long, Integer> rules = new HashMap<>();
        for (Object[] row : challenges.retentionRules()) {
            rules.put((Long) row[0], (Integer) row[1]);
        }
        return rules;
    }

    /** Whether this user accepted the current NDA version (true when no NDA is required). */
    @Transactional(readOnly = true)
    public boolean hasAcceptedNda(long challengeId, long userId) {
        Challenge c = challenges.findById(challengeId).orElseThrow(ChallengeGuard::notFound);
        return !c.ndaRequired || acceptances.existsByChallengeIdAndUserIdAndNdaVersion(challengeId, userId, c.ndaVersion);
    }

    /** Whether this user may see (and so apply to) the challenge: public, invited, or with the access code. */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(long challengeId, long userId, Long organisationId) {
        return challenges.findById(challengeId).map(c -> guard.isVisibleTo(c, userId, organisationId)).orElse(false);
    }
}
