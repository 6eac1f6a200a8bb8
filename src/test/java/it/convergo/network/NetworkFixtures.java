package it.convergo.network;

import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Organisations with profiles, and sign-in, for the network's tests. */
@Component
public class NetworkFixtures {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MyProfile myProfile;

    public UserAccount member(String name, OrganisationType type, Role role) {
        Organisation organisation = accounts.organisation(name, type);
        return accounts.user("member", organisation, role);
    }

    public AccountPrincipal signIn(UserAccount user) {
        AccountPrincipal principal = (AccountPrincipal) userDetails.loadUserByUsername(user.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A listed profile of the (signed-in) member's organisation that tells members it is open to partnering. */
    public ProfileForm partneringProfile(String descriptionEn, TechnologyArea... areas) {
        listedProfile(descriptionEn, "", areas[0]);
        ProfileForm form = myProfile.load();
        form.setAreas(Set.of(areas));
        form.setOpenToPartnering(true);
        myProfile.save(form);
        return form;
    }

    /** The (signed-in) member's listed profile, saying it is not open to partnering. */
    public void closedToPartnering() {
        ProfileForm form = myProfile.load();
        form.setOpenToPartnering(false);
        myProfile.save(form);
    }

    /** A listed profile saved by the (signed-in) member: public description, members-only references. */
    public ProfileForm listedProfile(String descriptionEn, String references, TechnologyArea area) {
        ProfileForm form = myProfile.load();
        form.setListed(true);
        form.setDescriptionEn(descriptionEn);
        form.setDescriptionIt(descriptionEn);
        form.setReferences(references);
        form.setCapabilities("machine vision, PLC retrofit");
        form.setAreas(Set.of(area));
        form.setSectors(Set.of(Sector.MECHANICAL_ENGINEERING));
        form.setRegion(Region.EMILIA_ROMAGNA);
        form.setTrl(6);
        form.setTeamSize(12);
        myProfile.save(form);
        return form;
    }
}
