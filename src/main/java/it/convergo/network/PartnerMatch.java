package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import java.util.List;

/**
 * An organisation open to partnering that complements mine for a challenge, drawn only from what members may see of
 * its profile: the challenge's areas it brings and we do not cover, the ones we share, its capabilities the challenge
 * speaks of, and the words it shares with the challenge.
 */
public record PartnerMatch(long organisationId, String name, OrganisationType type, List<TechnologyArea> brings,
                           List<TechnologyArea> shares, List<String> capabilities, List<String> words) {
}
