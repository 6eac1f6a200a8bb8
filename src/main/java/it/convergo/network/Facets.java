package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import java.util.Map;

/** How many profiles of the current result carry each value, for the directory's filters. */
public record Facets(Map<TechnologyArea, Long> areas, Map<Sector, Long> sectors, Map<Region, Long> regions,
                     Map<OrganisationType, Long> types) {
}
