package it.convergo.network;

import it.convergo.base.UserFacingException;

/** Profile entity ⇄ form, and the service's own check of the form's limits (the binder is only the first line). */
final class ProfileMapping {

    private ProfileMapping() {
    }

    static ProfileForm form(InnovatorProfile p) {
        ProfileForm f = new ProfileForm();
        f.setVersion(p.getVersion());
        f.setListed(p.listed);
        f.setDescriptionIt(nz(p.descriptionIt));
        f.setDescriptionEn(nz(p.descriptionEn));
        f.setTrl(p.trl);
        f.setCapabilities(nz(p.capabilities));
        f.setReferences(nz(p.references));
        f.setTeamSize(p.teamSize);
        f.setRegion(p.region);
        f.setCertifications(nz(p.certifications));
        f.setLinks(nz(p.links));
        f.setOpenToPartnering(p.openToPartnering);
        f.setFacilities(nz(p.facilities));
        f.setAreas(p.areas);
        f.setSectors(p.sectors);
        for (ProfileField field : ProfileField.values()) {
            f.setVisibility(field, p.visibilityOf(field));
        }
        return f;
    }

    static void apply(ProfileForm f, InnovatorProfile p) {
        p.listed = f.isListed();
        p.descriptionIt = blankToNull(f.getDescriptionIt());
        p.descriptionEn = blankToNull(f.getDescriptionEn());
        p.trl = f.getTrl();
        p.capabilities = blankToNull(f.getCapabilities());
        p.references = blankToNull(f.getReferences());
        p.teamSize = f.getTeamSize();
        p.region = f.getRegion();
        p.certifications = blankToNull(f.getCertifications());
        p.links = blankToNull(f.getLinks());
        p.openToPartnering = f.isOpenToPartnering();
        p.facilities = blankToNull(f.getFacilities());
        p.areas.clear();
        p.areas.addAll(f.getAreas());
        p.sectors.clear();
        p.sectors.addAll(f.getSectors());
        for (ProfileField field : ProfileField.values()) {
            p.visibility.put(field, f.visibility(field));
        }
    }

    /** The same limits as the form's constraints: a refusal changes nothing. */
    static void check(ProfileForm f) {
        limit(f.getDescriptionIt(), NetworkLimits.DESCRIPTION);
        limit(f.getDescriptionEn(), NetworkLimits.DESCRIPTION);
        limit(f.getCapabilities(), NetworkLimits.CAPABILITIES);
        limit(f.getReferences(), NetworkLimits.REFERENCES);
        limit(f.getCertifications(), NetworkLimits.CERTIFICATIONS);
        limit(f.getLinks(), NetworkLimits.LINKS);
        limit(f.getFacilities(), NetworkLimits.FACILITIES);
        if (f.getTrl() != null && (f.getTrl() < 1 || f.getTrl() > 9)) {
            throw new UserFacingException("network.error.trl");
        }
        if (f.getTeamSize() != null && (f.getTeamSize() < 1 || f.getTeamSize() > NetworkLimits.TEAM_MAX)) {
            throw new UserFacingException("network.error.teamSize");
        }
    }

    private static void limit(String text, int max) {
        if (text != null && text.length() > max) {
            throw new UserFacingException("network.error.tooLong", max);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
