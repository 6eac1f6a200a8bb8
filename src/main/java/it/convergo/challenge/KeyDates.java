package it.convergo.challenge;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key dates of challenges, read without their long texts: one challenge as the current visitor may see it
 * (the public page's checks), or lists for callers that checked their own user's rights (a calendar feed).
 */
@Service
public class KeyDates {

    private static final String SELECT = "select new it.convergo.challenge.ChallengeDates(c.id, c.slug, c.title, "
            + "c.status, c.opensAt, c.closesAt, c.evaluationEndsAt, c.resultsAt, c.version) from Challenge c ";

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final EntityManager entities;

    KeyDates(ChallengeRepository challenges, ChallengeGuard guard, EntityManager entities) {
        this.challenges = challenges;
        this.guard = guard;
        this.entities = entities;
    }

    /** The dates of a challenge the current visitor may see; empty for one they may not, exactly as for a missing one. */
    @Transactional(readOnly = true)
    public Optional<ChallengeDates> visible(long challengeId) {
        return challenges.findById(challengeId).filter(guard::canSee).map(c -> new ChallengeDates(c.getId(), c.slug, c.title,
                c.status, c.opensAt, c.closesAt, c.evaluationEndsAt, c.resultsAt, c.getVersion()));
    }

    /** The dates of these challenges, soonest closing first; no access check. */
    @Transactional(readOnly = true)
    public List<ChallengeDates> of(Collection<Long> challengeIds) {
        if (challengeIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery(SELECT + "where c.id in :ids order by c.closesAt, c.id", ChallengeDates.class)
                .setParameter("ids", Set.copyOf(challengeIds)).getResultList();
    }

    /** The dates of every challenge of a firm, drafts included; no access check. */
    @Transactional(readOnly = true)
    public List<ChallengeDates> ofFirm(long firmId) {
        return entities.createQuery(SELECT + "where c.firmId = :firm order by c.closesAt, c.id", ChallengeDates.class)
                .setParameter("firm", firmId).getResultList();
    }
}
