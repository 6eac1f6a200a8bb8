package it.convergo.network;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's directory: listed profiles, searched and faceted on what this reader may see. Visitors not
 * signed in search the public fields only, members also the members' fields; private fields are never searched.
 * A page costs one search, and one query for which of its organisations show a logo (ids only, no image bytes).
 */
@Service
public class Directory {

    private static final AggregationKey<Map<TechnologyArea, Long>> AREAS = AggregationKey.of("areas");
    private static final AggregationKey<Map<Sector, Long>> SECTORS = AggregationKey.of("sectors");
    private static final AggregationKey<Map<Region, Long>> REGIONS = AggregationKey.of("regions");
    private static final AggregationKey<Map<OrganisationType, Long>> TYPES = AggregationKey.of("types");

    private final InnovatorProfileRepository profiles;
    private final ProfileLogos logos;
    @PersistenceContext
    private EntityManager entityManager;

    Directory(InnovatorProfileRepository profiles, ProfileLogos logos) {
        this.profiles = profiles;
        this.logos = logos;
    }

    /** The reader's tier: members once signed in, the public otherwise. */
    static FieldVisibility tier() {
        return CurrentUser.get().isPresent() ? FieldVisibility.MEMBERS : FieldVisibility.PUBLIC;
    }

    /** One page of cards, straight from the index: what this reader may see of each, and whether it has a logo. */
    @Transactional(readOnly = true)
    public List<ProfileCard> search(DirectoryFilter filter, int offset, int limit, Locale locale) {
        FieldVisibility tier = tier();
        String prefix = prefix(tier);
        boolean italian = "it".equals(locale.getLanguage());
        List<List<?>> rows = Search.session(entityManager).search(InnovatorProfile.class)
                .select(f -> f.composite().from(f.field("organisationId", Long.class), f.field("name_stored", String.class),
                        f.field("organisationType", OrganisationType.class),
                        f.field(prefix + "areas", TechnologyArea.class).set(), f.field(prefix + "region", Region.class),
                        f.field(prefix + "partnering", Boolean.class), f.field(prefix + "summary_it", String.class),
                        f.field(prefix + "summary_en", String.class)).asList())
                .where(f -> predicate(f, filter, tier))
                .sort(f -> filter.words().isEmpty() ? f.field("name_sort") : f.score().then().field("name_sort"))
                .fetchHits(offset, limit);
        Set<Long> withLogo = logos.shown(rows.stream().map(r -> (Long) r.get(0)).toList());
        return rows.stream().map(r -> card(r, italian, withLogo.contains((Long) r.get(0)))).toList();
    }

    @SuppressWarnings("unchecked")
    private static ProfileCard card(List<?> r, boolean italian, boolean hasLogo) {
        String it = (String) r.get(6);
        String en = (String) r.get(7);
        String summary = italian ? (it != null ? it : en) : (en != null ? en : it);
        return new ProfileCard((Long) r.get(0), (String) r.get(1), (OrganisationType) r.get(2),
                Set.copyOf((Set<TechnologyArea>) r.get(3)), (Region) r.get(4), (Boolean) r.get(5),
                summary == null ? "" : summary, hasLogo);
    }

    @Transactional(readOnly = true)
    public long count(DirectoryFilter filter) {
        FieldVisibility tier = tier();
        return Search.session(entityManager).search(InnovatorProfile.class).where(f -> predicate(f, filter, tier))
                .fetchTotalHitCount();
    }

    /** How many profiles of this result carry each area, sector, region and type (as this reader may see them). */
    @Transactional(readOnly = true)
    public Facets facets(DirectoryFilter filter) {
        FieldVisibility tier = tier();
        String prefix = prefix(tier);
        SearchResult<?> result = Search.session(entityManager).search(InnovatorProfile.class)
                .where(f -> predicate(f, filter, tier))
                .aggregation(AREAS, f -> f.terms().field(prefix + "areas", TechnologyArea.class).maxTermCount(50))
                .aggregation(SECTORS, f -> f.terms().field(prefix + "sectors", Sector.class).maxTermCount(50))
                .aggregation(REGIONS, f -> f.terms().field(prefix + "region", Region.class).maxTermCount(50))
                .aggregation(TYPES, f -> f.terms().field("organisationType", OrganisationType.class))
                .fetch(0);
        return new Facets(result.aggregation(AREAS), result.aggregation(SECTORS), result.aggregation(REGIONS),
                result.aggregation(TYPES));
    }

    /**
     * A profile's page as this reader may see it: listed profiles for everyone, the own organisation's profile
     * (listed or not, every field) for its members; anything else is "not found".
     */
    @Transactional(readOnly = true)
    public Optional<ProfilePage> profile(long organisationId) {
        Optional<Long> mine = CurrentUser.get().map(AccountPrincipal::organisationId);
        boolean own = mine.isPresent() && mine.get() == organisationId;
        return profiles.findByOrganisationId(organisationId).filter(p -> p.listed || own)
                .map(p -> ProfilePage.of(p, own ? FieldVisibility.PRIVATE : tier()));
    }

    static String prefix(FieldVisibility tier) {
        return tier == FieldVisibility.PUBLIC ? "public_" : "member_";
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, DirectoryFilter filter, FieldVisibility tier) {
        String prefix = prefix(tier);
        return f.bool(b -> {
            b.must(f.matchAll());
            if (!filter.words().isEmpty()) {
                b.must(f.match().fields("name_it", "name_en", prefix + "it", prefix + "en")
                        .matching(filter.words()).minimumShouldMatchPercent(100));
            }
            if (filter.area() != null) {
                b.filter(f.match().field(prefix + "areas").matching(filter.area()));
            }
            if (filter.sector() != null) {
                b.filter(f.match().field(prefix + "sectors").matching(filter.sector()));
            }
            if (filter.region() != null) {
                b.filter(f.match().field(prefix + "region").matching(filter.region()));
            }
            if (filter.type() != null) {
                b.filter(f.match().field("organisationType").matching(filter.type()));
            }
            if (filter.partneringOnly()) {
                b.filter(f.match().field(prefix + "partnering").matching(true));
            }
        });
    }

}
