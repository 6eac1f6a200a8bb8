package it.convergo.network;

import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The profile as its organisation edits it, with the version it was read at (a concurrent save is refused) and
 * who may see each field. Constraint messages are translation keys; the service checks the same limits again.
 */
public class ProfileForm {

    private long version = -1;
    private boolean listed;
    @Size(max = NetworkLimits.DESCRIPTION, message = "network.error.tooLong|{max}")
    private String descriptionIt = "";
    @Size(max = NetworkLimits.DESCRIPTION, message = "network.error.tooLong|{max}")
    private String descriptionEn = "";
    @Min(value = 1, message = "network.error.trl")
    @Max(value = 9, message = "network.error.trl")
    private Integer trl;
    @Size(max = NetworkLimits.CAPABILITIES, message = "network.error.tooLong|{max}")
    private String capabilities = "";
    @Size(max = NetworkLimits.REFERENCES, message = "network.error.tooLong|{max}")
    private String references = "";
    @Min(value = 1, message = "network.error.teamSize")
    @Max(value = NetworkLimits.TEAM_MAX, message = "network.error.teamSize")
    private Integer teamSize;
    private Region region;
    @Size(max = NetworkLimits.CERTIFICATIONS, message = "network.error.tooLong|{max}")
    private String certifications = "";
    @Size(max = NetworkLimits.LINKS, message = "network.error.tooLong|{max}")
    private String links = "";
    private boolean openToPartnering;
    @Size(max = NetworkLimits.FACILITIES, message = "network.error.tooLong|{max}")
    private String facilities = "";
    private Set<TechnologyArea> areas = new HashSet<>();
    private Set<Sector> sectors = new HashSet<>();
    private Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isListed() { return listed; }
    public void setListed(boolean listed) { this.listed = listed; }
    public String getDescriptionIt() { return descriptionIt; }
    public void setDescriptionIt(String descriptionIt) { this.descriptionIt = descriptionIt; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public Integer getTrl() { return trl; }
    public void setTrl(Integer trl) { this.trl = trl; }
    public String getCapabilities() { return capabilities; }
    public void setCapabilities(String capabilities) { this.capabilities = capabilities; }
    public String getReferences() { return references; }
    public void setReferences(String references) { this.references = references; }
    public Integer getTeamSize() { return teamSize; }
    public void setTeamSize(Integer teamSize) { this.teamSize = teamSize; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getCertifications() { return certifications; }
    public void setCertifications(String certifications) { this.certifications = certifications; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public boolean isOpenToPartnering() { return openToPartnering; }
    public void setOpenToPartnering(boolean openToPartnering) { this.openToPartnering = openToPartnering; }
    public String getFacilities() { return facilities; }
    public void setFacilities(String facilities) { this.facilities = facilities; }
    public Set<TechnologyArea> getAreas() { return areas; }
    public void setAreas(Set<TechnologyArea> areas) { this.areas = areas == null ? new HashSet<>() : new HashSet<>(areas); }
    public Set<Sector> getSectors() { return sectors; }
    public void setSectors(Set<Sector> sectors) { this.sectors = sectors == null ? new HashSet<>() : new HashSet<>(sectors); }

    public FieldVisibility visibility(ProfileField field) {
        return visibility.getOrDefault(field, field.byDefault());
    }

    public void setVisibility(ProfileField field, FieldVisibility value) {
        visibility.put(field, value == null ? field.byDefault() : value);
    }

    Map<ProfileField, FieldVisibility> visibilities() {
        return visibility;
    }
}
