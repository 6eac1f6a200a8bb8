package it.convergo.challenge;

import it.convergo.base.TechnologyArea;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges that fit a description ("more like this" on the search engine), for the network's matchmaking:
 * only live challenges (scheduled or open) that the organisation may see (public, or invite-only with it
 * invited), never its own; text matched in both languages, each shared technology area weighing more.
 * <b>No access check of the caller</b>: the network module passes the organisation it acts for.
 */
@Service
public class ChallengeMatches {

    /** A challenge that fits, with what the network needs to explain it. */
    public record Fit(long id, String slug, String title, String summary, long firmId, Set<TechnologyArea> areas,
                      Sector sector, boolean blind, String text, float score) {
    }

    private final ChallengeRepository challenges;
    @PersistenceContext
    private EntityManager entityManager;

    ChallengeMatches(ChallengeRepository challenges) {
        this.challenges = challenges;
    }

    @Transactional(readOnly = true)
    public List<Fit> fitting(String text, Collection<TechnologyArea> areas, long organisationId, int limit) {
        // the hits only: counting every match (what fetch() adds) costs more than finding the best few
        List<List<?>> hits = Search.session(entityManager).search(Challenge.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> f.bool(b -> {
                    b.filter(f.terms().field("status").matchingAny(List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.OPEN)));
                    b.filter(f.or(f.match().field("visibility").matching(Visibility.PUBLIC),
                            f.match().field("invitedOrganisations").matching(organisationId)));
                    b.mustNot(f.match().field("firmId").matching(organisationId));
                    b.minimumShouldMatchNumber(1);
                    if (text != null && !text.isBlank()) {
                        b.should(f.match().fields(CatalogueSearch.TEXT_FIELDS).matching(text));
                    }
                    for (TechnologyArea area : areas) {
                        b.should(f.match().field("areas").matching(area).boost(3f));
                    }
                }))
                .fetchHits(limit);
        List<Long> ids = new ArrayList<>();
        Map<Long, Float> scores = new java.util.HashMap<>();
        for (List<?> hit : hits) {
            ids.add((Long) hit.get(0));
            scores.put((Long) hit.get(0), (Float) hit.get(1));
        }
        Map<Long, Challenge> byId = challenges.findAllById(ids).stream()
                .collect(Collectors.toMap(Challenge::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(c -> new Fit(c.getId(), c.slug, c.title,
                c.summary, c.firmId, Set.copyOf(c.areas), c.sector, c.blindEvaluation, text(c), scores.get(c.getId())))
                .toList();
    }

    /** One challenge as matchmaking reads it, whatever its state: the caller checks who may see it. */
    @Transactional(readOnly = true)
    public Optional<Fit> of(long challengeId) {
        return challenges.findById(challengeId).map(c -> new Fit(c.getId(), c.slug, c.title, c.summary, c.firmId,
                Set.copyOf(c.areas), c.sector, c.blindEvaluation, text(c), 0f));
    }

    /** The words of a challenge that matchmaking compares with profiles. */
    static String text(Challenge c) {
        return String.join("\n", nz(c.title), nz(c.summary), nz(c.problem), nz(c.expectedOutcome), nz(c.description));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
