package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import java.util.List;

/**
 * An organisation that fits a challenge, with the reasons, drawn only from what members may see of its profile:
 * the technology areas and sectors both share, its capabilities the challenge speaks of, and shared words.
 */
public record InnovatorMatch(long organisationId, String name, OrganisationType type, List<TechnologyArea> areas,
                             List<Sector> sectors, List<String> capabilities, List<String> words, boolean invited) {
}
