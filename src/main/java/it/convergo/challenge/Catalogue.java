package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.base.SearchText;
import it.convergo.base.Times;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side: the catalogue as this visitor may see it (anonymous visitors see public challenges only,
 * invite-only ones show to invited organisations and to users who entered the code) and a challenge's page.
 * A page of cards costs two queries: the challenges, then their firms' names. Words typed in the search box go to
 * the search engine ({@link CatalogueSearch}), which answers the page's ids; without words the database answers.
 */
@Service
public class Catalogue {

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final ChallengeViews views;
    private final Organisations organisations;
    private final CatalogueSearch search;
    private final ChallengeAccessRepository access;

    Catalogue(ChallengeRepository challenges, ChallengeGuard guard, ChallengeViews views, Organisations organisations,
              CatalogueSearch search, ChallengeAccessRepository access) {
        this.challenges = challenges;
        this.search = search;
        this.access = access;
        this.guard = guard;
        this.views = views;
        this.organisations = organisations;
    }

    /** One page of the catalogue. */
    @Transactional(readOnly = true)
    public List<ChallengeCard> catalogue(CatalogueFilter filter, Pageable pageable) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (hasWords(filter)) {
            return searched(filter, user, pageable);
        }
        Sort sort = switch (filter.sort()) {
            case DEADLINE -> Sort.by(Sort.Order.asc("closesAt"), Sort.Order.asc("id"));
            case NEWEST -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
            case TITLE -> Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"));
        };
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        List<ChallengeRepository.CardRow> rows = challenges.catalogue(statuses(filter), orgOf(user), userOf(user),
                SearchText.like(filter.search()), filter.sector(), filter.area(), filter.reward(), filter.eligibleFor(),
                deadline(filter), page);
        Map<Long, String> firms = organisations.names(rows.stream().map(ChallengeRepository.CardRow::firmId)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> r.card(firms.getOrDefault(r.firmId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public long countCatalogue(CatalogueFilter filter) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (hasWords(filter)) {
            return search.count(query(filter, user));
        }
        return challenges.countCatalogue(statuses(filter), orgOf(user), userOf(user), SearchText.like(filter.search()),
                filter.sector(), filter.area(), filter.reward(), filter.eligibleFor(), deadline(filter));
    }

    private List<ChallengeCard> searched(CatalogueFilter filter, Optional<AccountPrincipal> user, Pageable pageable) {
        List<Long> ids = search.page(query(filter, user), (int) pageable.getOffset(), pageable.getPageSize()).hits();
        Map<Long, ChallengeRepository.CardRow> rows = challenges.cards(ids).stream()
                .collect(Collectors.toMap(ChallengeRepository.CardRow::id, r -> r));
        Map<Long, String> firms = organisations.names(rows.values().stream().map(ChallengeRepository.CardRow::firmId)
                .collect(Collectors.toSet()));
        return ids.stream().map(rows::get).filter(Objects::nonNull)
                .map(r -> r.card(firms.getOrDefault(r.firmId(), ""))).toList();
    }

    private CatalogueSearch.Query query(CatalogueFilter filter, Optional<AccountPrincipal> user) {
        List<Long> granted = user.map(u -> access.grantedChallengeIds(u.userId())).orElse(List.of());
        return new CatalogueSearch.Query(filter.search().trim(), statuses(filter), orgOf(user), granted, filter.sector(),
                filter.area(), filter.reward(), filter.eligibleFor(), deadline(filter), filter.sort());
    }

    private static boolean hasWords(CatalogueFilter filter) {
        return filter.search() != null && !filter.search().isBlank();
    }

    /** The open challenges closing soonest, for the home page. */
    @Transactional(readOnly = true)
    public List<ChallengeCard> closingSoon(int limit) {
        CatalogueFilter open = new CatalogueFilter("", Set.of(CatalogueFilter.Phase.OPEN), null, null, null, null, null,
                CatalogueFilter.Sort.DEADLINE);
        return catalogue(open, PageRequest.of(0, limit));
    }

    /** The challenge at this address, if this visitor may see it (drafts only for their firm). */
    @Transactional(readOnly = true)
    public Optional<ChallengeView> bySlug(String slug) {
        return challenges.findBySlug(slug).filter(guard::canSee).map(views::of);
    }

    /** The challenge with this id, if this visitor may see it (for the REST API, which names challenges by id). */
    @Transactional(readOnly = true)
    public Optional<ChallengeView> byId(long id) {
        return challenges.findById(id).filter(guard::canSee).map(views::of);
    }

    /** The type of the signed-in user's organisation, to pre-select "eligible for my organisation type". */
    @Transactional(readOnly = true)
    public Optional<OrganisationType> myOrganisationType() {
        return CurrentUser.get().map(AccountPrincipal::organisationId).flatMap(organisations::type);
    }

    private static long orgOf(Optional<AccountPrincipal> user) {
        return user.map(AccountPrincipal::organisationId).filter(Objects::nonNull).orElse(-1L);
    }

    private static long userOf(Optional<AccountPrincipal> user) {
        return user.map(AccountPrincipal::userId).orElse(-1L);
    }

    private static Set<ChallengeStatus> statuses(CatalogueFilter filter) {
        Set<ChallengeStatus> statuses = EnumSet.noneOf(ChallengeStatus.class);
        Set<CatalogueFilter.Phase> phases = filter.states().isEmpty()
                ? EnumSet.of(CatalogueFilter.Phase.OPEN, CatalogueFilter.Phase.UPCOMING) : filter.states();
        for (CatalogueFilter.Phase phase : phases) {
            switch (phase) {
                case OPEN -> statuses.add(ChallengeStatus.OPEN);
                case UPCOMING -> statuses.add(ChallengeStatus.SCHEDULED);
                case CLOSED -> {
                    statuses.add(ChallengeStatus.CLOSED);
                    statuses.add(ChallengeStatus.DECIDED);
                }
            }
        }
        return statuses;
    }

    private static Instant deadline(CatalogueFilter filter) {
        return filter.deadlineBy() == null ? null : filter.deadlineBy().atTime(LocalTime.MAX).atZone(Times.ROME).toInstant();
    }
}
