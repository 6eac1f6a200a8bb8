package it.convergo.network;

import it.convergo.account.OrganisationType;
import java.util.ArrayList;
import java.util.List;

/**
 * How complete a profile is, for its owner: the share of fields filled in and which are still empty. Facilities
 * count only for universities and research centres, who offer them.
 */
public record Completeness(int percent, List<ProfileField> missing) {

    public static Completeness of(ProfileForm form, OrganisationType type) {
        List<ProfileField> considered = new ArrayList<>(List.of(ProfileField.values()));
        considered.remove(ProfileField.PARTNERING);
        if (type != OrganisationType.UNIVERSITY && type != OrganisationType.RESEARCH_CENTRE) {
            considered.remove(ProfileField.FACILITIES);
        }
        List<ProfileField> missing = considered.stream().filter(f -> !filled(form, f)).toList();
        int percent = (int) Math.round(100.0 * (considered.size() - missing.size()) / considered.size());
        return new Completeness(percent, missing);
    }

    private static boolean filled(ProfileForm f, ProfileField field) {
        return switch (field) {
            case DESCRIPTION -> present(f.getDescriptionIt()) && present(f.getDescriptionEn());
            case AREAS -> !f.getAreas().isEmpty();
            case SECTORS -> !f.getSectors().isEmpty();
            case TRL -> f.getTrl() != null;
            case CAPABILITIES -> present(f.getCapabilities());
            case REFERENCES -> present(f.getReferences());
            case TEAM_SIZE -> f.getTeamSize() != null;
            case REGION -> f.getRegion() != null;
            case CERTIFICATIONS -> present(f.getCertifications());
            case LINKS -> present(f.getLinks());
            case PARTNERING -> true;
            case FACILITIES -> present(f.getFacilities());
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
