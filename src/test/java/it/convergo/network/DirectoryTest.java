package it.convergo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who sees what of a profile: public, members, private fields; visitors; leaving the directory. */
class DirectoryTest extends SpringTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    MyProfile myProfile;
    @Autowired
    Directory directory;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private List<Long> found(String words) {
        return directory.search(new DirectoryFilter(words, null, null, null, null, false), 0, 20, Locale.ENGLISH)
                .stream().map(ProfileCard::organisationId).toList();
    }

    @Test
    void visitorsSeePublicFieldsMembersMoreAndTheOwnerEverything() {
        UserAccount owner = fixtures.member("Visione " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        ProfileForm form = fixtures.listedProfile("Robotic welding cells " + tag, "Pilot at Ceramiche Rossi " + tag,
                TechnologyArea.ROBOTICS);
        form.setVisibility(ProfileField.TEAM_SIZE, FieldVisibility.PRIVATE);
        form.setVisibility(ProfileField.REGION, FieldVisibility.MEMBERS);
        myProfile.save(form);
        assertThat(directory.profile(org).orElseThrow().teamSize()).as("the owner sees private fields").isEqualTo(12);

        fixtures.signOut();
        ProfilePage anonymous = directory.profile(org).orElseThrow();
        assertThat(anonymous.descriptionEn()).contains("welding");
        assertThat(anonymous.references()).as("members only").isNull();
        assertThat(anonymous.region()).isNull();
        assertThat(anonymous.teamSize()).isNull();
        assertThat(found("welding " + tag)).containsExactly(org);
        assertThat(found("Ceramiche Rossi " + tag)).as("members-only text is not searchable by visitors").isEmpty();
        assertThat(directory.facets(new DirectoryFilter(tag, null, null, null, null, false)).regions()).isEmpty();

        fixtures.signIn(fixtures.member("Other " + tag, OrganisationType.LARGE_COMPANY, Role.FIRM_MANAGER));
        ProfilePage member = directory.profile(org).orElseThrow();
        assertThat(member.references()).contains("Ceramiche Rossi");
        assertThat(member.region()).isNotNull();
        assertThat(member.teamSize()).as("private").isNull();
        assertThat(found("Ceramiche Rossi " + tag)).containsExactly(org);
        assertThat(directory.facets(new DirectoryFilter(tag, null, null, null, null, false)).areas())
                .containsEntry(TechnologyArea.ROBOTICS, 1L);
    }

    @Test
    void leavingTheDirectoryRemovesTheProfileFromSearchAtOnce() {
        UserAccount owner = fixtures.member("Lab " + tag, OrganisationType.RESEARCH_CENTRE, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        ProfileForm form = fixtures.listedProfile("Additive manufacturing lab " + tag, "", TechnologyArea.ADDITIVE_MANUFACTURING);
        assertThat(found("stampa 3D " + tag)).as("taxonomy synonym").containsExactly(org);
        form.setListed(false);
        myProfile.save(form);
        assertThat(found(tag)).isEmpty();
        fixtures.signOut();
        assertThat(directory.profile(org)).isEmpty();
        assertThat(found(tag)).isEmpty();
    }

    @Test
    void refusalsChangeNothing() {
        fixtures.signOut();
        assertThatThrownBy(() -> myProfile.load()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        fixtures.signIn(fixtures.member("Editor " + tag, OrganisationType.SME, Role.APPLICANT));
        ProfileForm form = fixtures.listedProfile("Sensors " + tag, "", TechnologyArea.INDUSTRIAL_IOT);
        ProfileForm stale = myProfile.load();
        ProfileForm tooLong = myProfile.load();
        tooLong.setCapabilities("x".repeat(NetworkLimits.CAPABILITIES + 1));
        assertThatThrownBy(() -> myProfile.save(tooLong)).isInstanceOf(UserFacingException.class);
        form.setDescriptionEn("Sensors and gateways " + tag);
        myProfile.save(form);
        stale.setDescriptionEn("Overwritten");
        assertThatThrownBy(() -> myProfile.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(myProfile.load().getDescriptionEn()).isEqualTo("Sensors and gateways " + tag);
        assertThat(myProfile.completeness(myProfile.load()).percent()).isBetween(50, 99);
    }
}
