package it.convergo.challenge;

import it.convergo.account.OrganisationType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The catalogue's full-text search on the search engine: the same visibility rules and filters as the database
 * query of {@link ChallengeRepository#CATALOGUE}, with the words matched by the Italian and English analysers
 * (stems, accents, the taxonomy's synonyms). Every word must match, in any of the challenge's texts.
 */
@Component
class CatalogueSearch {

    /** Texts a search looks in, each analysed in both languages. */
    static final String[] TEXT_FIELDS = {"title_it", "title_en", "text_it", "text_en", "description_it",
            "description_en", "problem_it", "problem_en", "outcome_it", "outcome_en"};

    @PersistenceContext
    private EntityManager entityManager;

    record Query(String words, Collection<ChallengeStatus> statuses, long orgId, Collection<Long> grantedIds,
                 Sector sector, it.convergo.base.TechnologyArea area, RewardType reward, OrganisationType orgType,
                 Instant deadline, CatalogueFilter.Sort sort) {
    }

    /** The ids of one page, in the catalogue's order, and the total. */
    SearchResult<Long> page(Query q, int offset, int limit) {
        return Search.session(entityManager).search(Challenge.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, q))
                .sort(f -> sort(f, q.sort()))
                .fetch(offset, limit);
    }

    long count(Query q) {
        return Search.session(entityManager).search(Challenge.class).where(f -> predicate(f, q)).fetchTotalHitCount();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q) {
        return f.bool(b -> {
            b.must(f.match().fields(TEXT_FIELDS).matching(q.words()).minimumShouldMatchPercent(100));
            b.filter(f.terms().field("status").matchingAny(List.copyOf(q.statuses())));
            b.filter(f.bool(v -> {
                v.should(f.match().field("visibility").matching(Visibility.PUBLIC));
                v.should(f.match().field("invitedOrganisations").matching(q.orgId()));
                if (!q.grantedIds().isEmpty()) {
                    v.should(f.id().matchingAny(List.copyOf(q.grantedIds())));
                }
            }));
            if (q.sector() != null) {
                b.filter(f.match().field("sector").matching(q.sector()));
            }
            if (q.area() != null) {
                b.filter(f.match().field("areas").matching(q.area()));
            }
            if (q.reward() != null) {
                b.filter(f.match().field("rewards.type").matching(q.reward()));
            }
            if (q.orgType() != null) {
                b.filter(f.or(f.not(f.exists().field("eligibleTypes")),
                        f.match().field("eligibleTypes").matching(q.orgType())));
            }
            if (q.deadline() != null) {
                b.filter(f.range().field("closesAt").atMost(q.deadline()));
            }
        });
    }

    private static SortFinalStep sort(SearchSortFactory f, CatalogueFilter.Sort sort) {
        return switch (sort) {
            case DEADLINE -> f.composite(c -> {
                c.add(f.field("closesAt").asc().missing().last());
                c.add(f.field("id_sort").asc());
            });
            case NEWEST -> f.composite(c -> {
                c.add(f.field("publishedAt").desc().missing().last());
                c.add(f.field("id_sort").desc());
            });
            case TITLE -> f.composite(c -> {
                c.add(f.field("title_sort").asc());
                c.add(f.field("id_sort").asc());
            });
        };
    }
}
