package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import java.util.Set;

/**
 * One organisation in the directory, with only what this reader may see (a hidden field is empty or null).
 * {@code summary} is the description in the reader's language, or the other one, shortened; {@code hasLogo} says
 * whether {@link ProfileLogos#logo} will serve this reader a logo.
 */
public record ProfileCard(long organisationId, String name, OrganisationType type, Set<TechnologyArea> areas,
                          Region region, Boolean openToPartnering, String summary, boolean hasLogo) {
}
