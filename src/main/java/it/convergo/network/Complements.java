package it.convergo.network;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.base.search.SearchTerms;
import it.convergo.challenge.ChallengeMatches;
import it.convergo.challenge.Challenges;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consortium building: for an applicant preparing a proposal, the organisations open to partnering whose profiles
 * complement its own for a challenge. Those that bring the challenge's technology areas the applicant's profile does
 * not cover come first; when it covers them all, those that work in them. Only what members may see of listed
 * profiles, and the published challenge, feed it.
 */
@Service
public class Complements {

    private final Matchmaking matchmaking;
    private final ChallengeMatches challengeMatches;
    private final Challenges challenges;
    private final InnovatorProfileRepository profiles;
    private final Clock clock;

    Complements(Matchmaking matchmaking, ChallengeMatches challengeMatches, Challenges challenges,
                InnovatorProfileRepository profiles, Clock clock) {
        this.matchmaking = matchmaking;
        this.challengeMatches = challengeMatches;
        this.challenges = challenges;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Whom my organisation could team up with for this open challenge, best first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<PartnerMatch> forChallenge(long challengeId, int limit) {
        long mine = openChallengeForMe(challengeId);
        ChallengeMatches.Fit challenge = challengeMatches.of(challengeId).orElseThrow(Complements::notFound);
        Set<TechnologyArea> covered = profiles.findByOrganisationId(mine).map(p -> p.areas)
                .map(a -> a.isEmpty() ? EnumSet.noneOf(TechnologyArea.class) : EnumSet.copyOf(a))
                .orElse(EnumSet.noneOf(TechnologyArea.class));
        Set<TechnologyArea> missing = challenge.areas().stream().filter(a -> !covered.contains(a))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TechnologyArea.class)));
        Set<TechnologyArea> wanted = missing.isEmpty() ? challenge.areas() : missing;
        List<Long> ranked = matchmaking.rank(challenge.text(), wanted, challenge.sector(), mine, true, limit);
        Map<Long, InnovatorProfile> byOrganisation = profiles.findByOrganisations(ranked).stream()
                .collect(Collectors.toMap(p -> p.organisationId, Function.identity()));
        Set<String> stems = SearchTerms.stems(challenge.text());
        return ranked.stream().map(byOrganisation::get).filter(Objects::nonNull)
                .map(p -> explain(p, challenge.areas(), missing, stems)).toList();
    }

    /**
     * The challenge's id checked: open for proposals and visible to me; my organisation's id. Anything else reads as
     * "not found", so a foreign or closed id in the address tells nothing.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public long openChallengeForMe(long challengeId) {
        AccountPrincipal me = CurrentUser.require();
        if (me.organisationId() == null) {
            throw new UserFacingException("network.error.noOrganisation");
        }
        if (!challenges.isVisibleTo(challengeId, me.userId(), me.organisationId())
                || !challenges.isOpenForSubmission(challengeId, clock.instant())) {
            throw notFound();
        }
        return me.organisationId();
    }

    /** Whether the organisation is listed and tells members it is open to partnering: whom a request may go to. */
    @Transactional(readOnly = true)
    public boolean isOpenToPartnering(long organisationId) {
        return profiles.findByOrganisationId(organisationId)
                .map(p -> p.listed && Boolean.TRUE.equals(p.getMemberPartnering())).orElse(false);
    }

    private static PartnerMatch explain(InnovatorProfile p, Set<TechnologyArea> challengeAreas,
                                        Set<TechnologyArea> missing, Set<String> challengeStems) {
        FieldVisibility tier = FieldVisibility.MEMBERS;
        List<TechnologyArea> areas = p.visible(ProfileField.AREAS, tier)
                ? p.areas.stream().filter(challengeAreas::contains).sorted().toList() : List.of();
        List<TechnologyArea> brings = areas.stream().filter(missing::contains).toList();
        List<TechnologyArea> shares = areas.stream().filter(a -> !missing.contains(a)).toList();
        List<String> capabilities = Matchmaking.capabilitiesIn(p, tier, challengeStems);
        return new PartnerMatch(p.organisationId, p.organisationName, p.organisationType, brings, shares, capabilities,
                SearchTerms.shared(p.text(tier), challengeStems, Matchmaking.WORDS));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
