package it.convergo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Visibility;

import it.convergo.support.SpringTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who fits a challenge and why; one-click invitations; what never feeds a recommendation. */
class MatchmakingTest extends SpringTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    ChallengeFixtures challengeFixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    MyProfile myProfile;
    @Autowired
    Matchmaking matchmaking;
    @Autowired
    Invitations invitations;
    @Autowired
    ChallengePublishing publishing;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private long profiled(String name, String description, String privateReferences, TechnologyArea area) {
        UserAccount member = fixtures.member(name + " " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        long org = fixtures.signIn(member).organisationId();
        ProfileForm form = fixtures.listedProfile(description, privateReferences, area);
        form.setVisibility(ProfileField.REFERENCES, FieldVisibility.PRIVATE);
        myProfile.save(form);
        fixtures.signOut();
        return org;
    }

    @Test
    void theFittingInnovatorComesFirstWithReasonsAndIsInvitedInOneClick() {
        long vision = profiled("Vision", "Machine vision that finds glaze defects on ceramic tiles " + tag, "",
                TechnologyArea.QUALITY_INSPECTION);
        long decoy = profiled("Decoy", "We glaze our reports with vision statements " + tag, "", TechnologyArea.CIRCULAR_ECONOMY);
        long secret = profiled("Secret", "Logistics software " + tag, "Ceramic tiles glaze defects inspection " + tag,
                TechnologyArea.LOGISTICS);

        UserAccount manager = challengeFixtures.firmManager();
        challengeFixtures.signIn(manager);
        ChallengeDraft d = challengeFixtures.completeDraft("Glaze defects on ceramic tiles " + tag);
        d.setProblem("Operators miss glaze defects on the tiles at the end of the kiln.");
        d.setAreas(new HashSet<>(Set.of(TechnologyArea.QUALITY_INSPECTION)));
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode("CODE-" + tag);
        long challenge = editor.save(d);

        List<InnovatorMatch> matches = matchmaking.innovatorsFor(challenge, 10);
        assertThat(matches).isNotEmpty();
        InnovatorMatch best = matches.getFirst();
        assertThat(best.organisationId()).isEqualTo(vision);
        assertThat(best.areas()).containsExactly(TechnologyArea.QUALITY_INSPECTION);
        assertThat(best.words()).contains("glaze", "defects");
        matches.stream().filter(m -> m.organisationId() == secret).forEach(m -> assertThat(m.words())
                .as("private references never feed a match").doesNotContain("glaze", "defects", "ceramic", "tiles"));
        assertThat(matches.subList(0, 2)).extracting(InnovatorMatch::organisationId).doesNotContain(secret);
        matches.stream().filter(m -> m.organisationId() == decoy).forEach(m -> assertThat(m.areas()).isEmpty());

        invitations.invite(challenge, vision);
        assertThat(editor.draft(challenge).getInvitedOrganisations()).contains(vision);
        assertThat(matchmaking.innovatorsFor(challenge, 10).getFirst().invited()).isTrue();
        invitations.invite(challenge, vision); // a double click invites once

        assertThatThrownBy(() -> invitations.invite(challenge, 999_999_999L)).isInstanceOf(UserFacingException.class);
        fixtures.signIn(fixtures.member("Applicant " + tag, OrganisationType.SME, Role.APPLICANT));
        assertThatThrownBy(() -> matchmaking.innovatorsFor(challenge, 10)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.member("Other firm " + tag, OrganisationType.LARGE_COMPANY, Role.FIRM_MANAGER));
        assertThatThrownBy(() -> matchmaking.innovatorsFor(challenge, 10)).as("another firm's challenge: not found")
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> invitations.invite(challenge, vision)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void innovatorsOfTheChallengesAreaComeBeforeATradeThatOnlyBorrowsItsWords() {
        long xray = profiled("Xray", "X-ray inspection of packaged food " + tag, "", TechnologyArea.QUALITY_INSPECTION);
        long vision = profiled("Tiles", "Machine vision, visione artificiale, ispezione visiva and visual inspection of "
                + "ceramic tiles: machine vision everywhere " + tag, "", TechnologyArea.QUALITY_INSPECTION);
        long catering = profiled("Catering", "Catering for events: we ship cheese and foreign bodies of wine " + tag, "",
                TechnologyArea.CIRCULAR_ECONOMY);

        challengeFixtures.signIn(challengeFixtures.firmManager());
        ChallengeDraft d = challengeFixtures.completeDraft("Foreign bodies in packaged cheese " + tag);
        d.setProblem("Find foreign bodies in packaged cheese before shipping.");
        d.setAreas(new HashSet<>(Set.of(TechnologyArea.QUALITY_INSPECTION)));
        long challenge = editor.save(d);

        List<Long> ranked = matchmaking.innovatorsFor(challenge, 50).stream().map(InnovatorMatch::organisationId)
                .filter(Set.of(xray, vision, catering)::contains).toList();
        assertThat(ranked).as("the shared word ranks within the area; repeating the area's words does not; "
                + "borrowed rare words do not beat the area").containsExactly(xray, vision, catering);
        InnovatorMatch first = matchmaking.innovatorsFor(challenge, 50).stream()
                .filter(m -> m.organisationId() == xray).findFirst().orElseThrow();
        assertThat(first.areas()).containsExactly(TechnologyArea.QUALITY_INSPECTION);
        assertThat(first.words()).contains("packaged");
    }

    @Test
    void anInnovatorSeesTheLiveChallengesThatFitItsProfile() {
        UserAccount manager = challengeFixtures.firmManager();
        challengeFixtures.signIn(manager);
        ChallengeDraft d = challengeFixtures.completeDraft("Stampa 3D di ricambi " + tag);
        d.setSummary("Ricambi per presse stampati in 3D " + tag);
        d.setAreas(new HashSet<>(Set.of(TechnologyArea.ADDITIVE_MANUFACTURING)));
        long live = editor.save(d);
        publishing.publish(live, editor.draft(live).getVersion());
        long draftOnly = challengeFixtures.draft("Additive manufacturing draft " + tag);
        fixtures.signOut();

        fixtures.signIn(fixtures.member("Printer " + tag, OrganisationType.STARTUP, Role.APPLICANT));
        fixtures.listedProfile("Additive manufacturing of metal spare parts " + tag, "", TechnologyArea.ADDITIVE_MANUFACTURING);
        List<ChallengeMatch> forMe = matchmaking.challengesForMe(20);
        assertThat(forMe).extracting(ChallengeMatch::challengeId).contains(live).doesNotContain(draftOnly);
        assertThat(forMe.stream().filter(m -> m.challengeId() == live).findFirst().orElseThrow().areas())
                .containsExactly(TechnologyArea.ADDITIVE_MANUFACTURING);
    }
}
