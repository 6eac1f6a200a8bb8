package it.convergo.challenge;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import java.util.Set;

/**
 * Who may apply. Empty sets mean "any"; {@code countries} are ISO codes ("IT"); {@code regions} apply to
 * Italian organisations; {@code maxSize} null means any size.
 */
public record Eligibility(Set<OrganisationType> types, Set<String> countries, Set<Region> regions,
                          OrganisationSize maxSize, boolean consortiaAllowed) {

    public Eligibility {
        types = Set.copyOf(types);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
    }

    /** Whether an organisation with these facts may apply (consortia are checked by the proposal). */
    public boolean admits(OrganisationType type, String country, Region region, OrganisationSize size) {
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!countries.isEmpty() && (country == null || !countries.contains(country))) {
            return false;
        }
        if (!regions.isEmpty() && "IT".equals(country) && (region == null || !regions.contains(region))) {
            return false;
        }
        return maxSize == null || size == null || size.ordinal() <= maxSize.ordinal();
    }
}
