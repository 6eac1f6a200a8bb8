package it.convergo.challenge;

import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a visitor asks the catalogue for. Null fields mean "any"; {@code states} empty means open and upcoming;
 * {@code deadlineBy} keeps challenges closing on or before that day (Europe/Rome).
 */
public record CatalogueFilter(String search, Set<Phase> states, Sector sector, TechnologyArea area, RewardType reward,
                              OrganisationType eligibleFor, LocalDate deadlineBy, Sort sort) {

    public enum Phase { OPEN, UPCOMING, CLOSED }

    public enum Sort { DEADLINE, NEWEST, TITLE }

    public CatalogueFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? Sort.DEADLINE : sort;
    }

    public static CatalogueFilter openAndUpcoming() {
        return new CatalogueFilter("", Set.of(), null, null, null, null, null, Sort.DEADLINE);
    }
}
