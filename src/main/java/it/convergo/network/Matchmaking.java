package it.convergo.network;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.base.TechnologyArea;
import it.convergo.base.search.SearchTerms;
import it.convergo.base.search.TaxonomySynonyms;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeMatches;
import it.convergo.challenge.Sector;
import it.convergo.network.exchange.Board;
import it.convergo.network.exchange.PostMatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who fits a firm's challenge, and which challenges fit an innovator. Only published challenge text and what
 * members may see of listed profiles feed it: proposals (confidential) never do, nor private profile fields of
 * another organisation. The firm's challenge is read through the challenge editor, which checks it is theirs.
 */
@Service
public class Matchmaking {

    static final int WORDS = 6;
    /**
     * A declared technology area of the challenge outweighs the shared words of ordinary texts: an unrelated trade
     * that borrows a challenge's rarest words (the search engine scores those highest) must not come before the
     * innovators that work in its area. Among those, the words the profile shares decide.
     */
    static final float AREA_WEIGHT = 100f;
    /** The area's own words in the profile, however many: a hint for profiles that did not declare the area. */
    static final float AREA_WORDS_WEIGHT = 1f;
    /** The challenge's sector: about as much as one or two shared words, to order profiles within an area. */
    static final float SECTOR_WEIGHT = 2f;
    /** The challenge text a query looks at: long descriptions add little but cost time. */
    static final int QUERY_CHARS = 2500;

    private final ChallengeEditor editor;
    private final ChallengeMatches challengeMatches;
    private final InnovatorProfileRepository profiles;
    private final Board board;
    @PersistenceContext
    private EntityManager entityManager;

    Matchmaking(ChallengeEditor editor, ChallengeMatches challengeMatches, InnovatorProfileRepository profiles,
                Board board) {
        this.editor = editor;
        this.board = board;
        this.challengeMatches = challengeMatches;
        this.profiles = profiles;
    }

    /** The listed organisations that fit the firm's challenge best, best first. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<InnovatorMatch> innovatorsFor(long challengeId, int limit) {
        ChallengeDraft d = editor.draft(challengeId);
        String text = text(d);
        List<Long> organisations = rank(text, d.getAreas(), d.getSector(), firmOf(d), limit);
        Map<Long, InnovatorProfile> byOrganisation = profiles.findByOrganisations(organisations).stream()
                .collect(Collectors.toMap(p -> p.organisationId, Function.identity()));
        Set<String> stems = SearchTerms.stems(text);
        return organisations.stream().map(byOrganisation::get).filter(Objects::nonNull)
                .map(p -> explain(p, d, stems)).toList();
    }

    /** The organisations' ids only, best first: the ranking itself (also what the quality benchmark measures). */
    List<Long> rank(String text, Set<TechnologyArea> areas, Sector sector, long excludedOrganisation, int limit) {
        return rank(text, areas, sector, excludedOrganisation, false, limit);
    }

    /** The same ranking, among the profiles that tell members they are open to partnering when asked. */
    List<Long> rank(String text, Set<TechnologyArea> areas, Sector sector, long excludedOrganisation,
                    boolean partneringOnly, int limit) {
        String query = text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text;
        return Search.session(entityManager).search(InnovatorProfile.class)
                .select(f -> f.field("organisationId", Long.class))
                .where(f -> f.bool(b -> {
                    b.mustNot(f.match().field("organisationId").matching(excludedOrganisation));
                    if (partneringOnly) {
                        b.filter(f.match().field("member_partnering").matching(true));
                    }
                    b.minimumShouldMatchNumber(1);
                    if (!query.isBlank()) {
                        b.should(f.match().fields("member_it", "member_en").matching(query));
                    }
                    for (TechnologyArea area : areas) {
                        b.should(f.match().field("member_areas").matching(area).constantScore().boost(AREA_WEIGHT));
                        // the words the taxonomy gives the area, in both languages: a profile written in the other
                        // language than the challenge still meets it there; counted once, as repeating them does
                        // not make a profile fit this challenge better
                        b.should(f.match().fields("member_it", "member_en")
                                .matching(String.join(" ", TaxonomySynonyms.terms(area))).constantScore()
                                .boost(AREA_WORDS_WEIGHT));
                    }
                    if (sector != null) {
                        b.should(f.match().field("member_sectors").matching(sector).constantScore().boost(SECTOR_WEIGHT));
                    }
                }))
                .fetchHits(limit);
    }

    /** Live challenges that fit my organisation's profile (all of it: it is our own), best first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChallengeMatch> challengesForMe(int limit) {
        Long organisation = CurrentUser.get().map(AccountPrincipal::organisationId).orElse(null);
        return organisation == null ? List.of() : challengesFor(organisation, limit);
    }

    /** Live challenges that fit the organisation's profile, for a job that works for it (the weekly digest). */
    @Transactional(readOnly = true)
    List<ChallengeMatch> challengesFor(long organisation, int limit) {
        return profiles.findByOrganisationId(organisation).map(p -> {
            String own = p.text(FieldVisibility.PRIVATE);
            Set<String> stems = SearchTerms.stems(own);
            return challengeMatches.fitting(own, p.areas, organisation, limit).stream()
                    .map(fit -> new ChallengeMatch(fit.id(), fit.slug(), fit.title(), fit.summary(),
                            fit.areas().stream().filter(p.areas::contains).sorted().toList(),
                            SearchTerms.shared(fit.text(), stems, WORDS)))
                    .toList();
        }).orElse(List.of());
    }

    /** Live needs and offers of other organisations that fit my organisation's profile, best first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PostMatch> postsForMe(int limit) {
        Long organisation = CurrentUser.get().map(AccountPrincipal::organisationId).orElse(null);
        return organisation == null ? List.of() : postsFor(organisation, limit);
    }

    /** Live needs and offers that fit the organisation's profile, for a job that works for it (the weekly digest). */
    @Transactional(readOnly = true)
    List<PostMatch> postsFor(long organisation, int limit) {
        return profiles.findByOrganisationId(organisation)
                .map(p -> board.fitting(organisation, p.areas, p.text(FieldVisibility.PRIVATE), limit))
                .orElse(List.of());
    }

    private InnovatorMatch explain(InnovatorProfile p, ChallengeDraft d, Set<String> challengeStems) {
        FieldVisibility tier = FieldVisibility.MEMBERS;
        List<TechnologyArea> areas = p.visible(ProfileField.AREAS, tier)
                ? p.areas.stream().filter(d.getAreas()::contains).sorted().toList() : List.of();
        List<Sector> sectors = p.visible(ProfileField.SECTORS, tier) && d.getSector() != null
                && p.sectors.contains(d.getSector()) ? List.of(d.getSector()) : List.of();
        List<String> capabilities = capabilitiesIn(p, tier, challengeStems);
        List<String> words = SearchTerms.shared(p.text(tier), challengeStems, WORDS);
        return new InnovatorMatch(p.organisationId, p.organisationName, p.organisationType, areas, sectors,
                capabilities, words, d.getInvitedOrganisations().contains(p.organisationId));
    }

    /** The profile's capabilities (as this tier may see them) that the challenge's words speak of. */
    static List<String> capabilitiesIn(InnovatorProfile p, FieldVisibility tier, Set<String> challengeStems) {
        return p.visible(ProfileField.CAPABILITIES, tier) && p.capabilities != null
                ? Arrays.stream(p.capabilities.split("[,;\\n]")).map(String::strip).filter(c -> !c.isEmpty())
                .filter(c -> challengeStems.containsAll(SearchTerms.stems(c)) && !SearchTerms.stems(c).isEmpty())
                .toList() : List.of();
    }

    static String text(ChallengeDraft d) {
        return String.join("\n", nz(d.getTitle()), nz(d.getSummary()), nz(d.getProblem()), nz(d.getExpectedOutcome()),
                nz(d.getDescription()));
    }

    private static long firmOf(ChallengeDraft d) {
        return CurrentUser.get().map(AccountPrincipal::organisationId).filter(Objects::nonNull).orElse(-1L);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
