package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import java.util.Set;

/** A profile's page as this reader may see it: a field the reader may not see is null (sets: empty). */
public record ProfilePage(long organisationId, String name, OrganisationType type, boolean listed,
                          String descriptionIt, String descriptionEn, Set<TechnologyArea> areas, Set<Sector> sectors,
                          Integer trl, String capabilities, String references, Integer teamSize, Region region,
                          String certifications, String links, Boolean openToPartnering, String facilities) {

    static ProfilePage of(InnovatorProfile p, FieldVisibility tier) {
        return new ProfilePage(p.organisationId, p.organisationName, p.organisationType, p.listed,
                p.visible(ProfileField.DESCRIPTION, tier) ? p.descriptionIt : null,
                p.visible(ProfileField.DESCRIPTION, tier) ? p.descriptionEn : null,
                p.visible(ProfileField.AREAS, tier) ? Set.copyOf(p.areas) : Set.of(),
                p.visible(ProfileField.SECTORS, tier) ? Set.copyOf(p.sectors) : Set.of(),
                p.visible(ProfileField.TRL, tier) ? p.trl : null,
                p.visible(ProfileField.CAPABILITIES, tier) ? p.capabilities : null,
                p.visible(ProfileField.REFERENCES, tier) ? p.references : null,
                p.visible(ProfileField.TEAM_SIZE, tier) ? p.teamSize : null,
                p.visible(ProfileField.REGION, tier) ? p.region : null,
                p.visible(ProfileField.CERTIFICATIONS, tier) ? p.certifications : null,
                p.visible(ProfileField.LINKS, tier) ? p.links : null,
                p.visible(ProfileField.PARTNERING, tier) ? p.openToPartnering : null,
                p.visible(ProfileField.FACILITIES, tier) ? p.facilities : null);
    }
}
