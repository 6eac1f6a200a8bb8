package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Invite-only challenges: invisible except to invitees and to users with the code, whose guessing is throttled. */
class InviteOnlyAccessTest extends FirmDraftTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    Clarifications clarifications;
    @Autowired
    AccessCodes codes;
    @Autowired
    Followers followers;
    @Autowired
    AccountFixtures accounts;

    @Test
    void inviteOnlyChallengesAreInvisibleExceptToInviteesAndWithTheCode() {
        UserAccount invited = accounts.user("invited", accounts.organisation("Invited", OrganisationType.STARTUP), Role.APPLICANT);
        ChallengeDraft d = editor.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setInvitedOrganisations(new java.util.HashSet<>(Set.of(accounts.reload(invited.getId()).getOrganisation().getId())));
        d.setAccessCode("OPEN-SESAME-42");
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        String slug = challenges.view(id).slug();
        CatalogueFilter everything = new CatalogueFilter(challenges.view(id).title(), Set.of(CatalogueFilter.Phase.UPCOMING), null, null, null,
                null, null, null);

        fixtures.signOut();
        assertThat(catalogue.bySlug(slug)).isEmpty();
        assertThat(catalogue.countCatalogue(everything)).isZero();
        assertThat(clarifications.faq(id)).isEmpty();

        UserAccount outsider = fixtures.applicant();
        fixtures.signIn(outsider);
        assertThat(catalogue.bySlug(slug)).isEmpty();
        assertThat(catalogue.catalogue(everything, PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> followers.follow(id)).hasMessage("error.notFound");

        fixtures.signIn(invited);
        assertThat(catalogue.bySlug(slug)).isPresent();
        assertThat(catalogue.countCatalogue(everything)).isEqualTo(1);

        fixtures.signIn(outsider);
        assertThatThrownBy(() -> codes.enterAccessCode(slug, "wrong")).hasMessage("challenge.error.wrongCode");
        codes.enterAccessCode(slug, "OPEN-SESAME-42");
        assertThat(catalogue.bySlug(slug)).isPresent();
        assertThat(challenges.isVisibleTo(id, outsider.getId(), null)).isTrue();
    }

    @Test
    void guessingTheAccessCodeIsThrottled() {
        ChallengeDraft d = editor.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode("RIGHT-CODE-1");
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        String slug = challenges.view(id).slug();
        UserAccount guesser = fixtures.applicant();
        fixtures.signIn(guesser);
        for (int i = 1; i < ChallengeLimits.CODE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> codes.enterAccessCode(slug, "guess")).hasMessage("challenge.error.wrongCode");
        }
        assertThatThrownBy(() -> codes.enterAccessCode(slug, "guess")).hasMessage("challenge.error.codeLocked");
        assertThatThrownBy(() -> codes.enterAccessCode(slug, "RIGHT-CODE-1")).as("locked even for the right code")
                .hasMessage("challenge.error.codeLocked");
        assertThat(catalogue.bySlug(slug)).isEmpty();
        assertThatThrownBy(() -> codes.enterAccessCode("no-such-challenge", "x")).hasMessage("challenge.error.wrongCode");
    }

    private String inviteOnlyWithCode(String code) {
        ChallengeDraft d = editor.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode(code);
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        return challenges.view(id).slug();
    }

    /** Guesses from this client address from now on. */
    private static void fromClient(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noClient() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAddressWithoutAChallengeAnswersExactlyLikeALockedRealOne() {
        String real = inviteOnlyWithCode("RIGHT-CODE-2");
        String unknown = "no-such-" + real;
        List<String> answersReal = new ArrayList<>();
        List<String> answersUnknown = new ArrayList<>();
        for (var pair : List.of(Map.entry(real, answersReal), Map.entry(unknown, answersUnknown))) {
            fixtures.signIn(fixtures.applicant());
            for (int i = 0; i < ChallengeLimits.CODE_ATTEMPTS + 2; i++) {
                try {
                    codes.enterAccessCode(pair.getKey(), "guess");
                    pair.getValue().add("granted");
                } catch (UserFacingException e) {
                    pair.getValue().add(e.messageKey());
                }
            }
        }
        assertThat(answersUnknown).isEqualTo(answersReal).containsSubsequence("challenge.error.wrongCode",
                "challenge.error.codeLocked").last().isEqualTo("challenge.error.codeLocked");
    }

    @Test
    void freshAccountsGetNoFreshTriesFromTheSameClient() {
        String slug = inviteOnlyWithCode("RIGHT-CODE-3");
        fromClient("203.0.113.7");
        int guesses = 0;
        while (guesses < AccessCodeGuesses.PER_CLIENT) {
            fixtures.signIn(fixtures.applicant());
            for (int i = 1; i < ChallengeLimits.CODE_ATTEMPTS && guesses < AccessCodeGuesses.PER_CLIENT; i++, guesses++) {
                assertThatThrownBy(() -> codes.enterAccessCode(slug, "guess")).isInstanceOf(UserFacingException.class);
            }
        }
        fixtures.signIn(fixtures.applicant());
        assertThatThrownBy(() -> codes.enterAccessCode(slug, "RIGHT-CODE-3")).as("this client is locked out")
                .hasMessage("challenge.error.codeLocked");
        assertThatThrownBy(() -> codes.enterAccessCode("no-such-" + slug, "x")).as("everywhere")
                .hasMessage("challenge.error.codeLocked");

        fromClient("203.0.113.8");
        codes.enterAccessCode(slug, "RIGHT-CODE-3");
        assertThat(catalogue.bySlug(slug)).isPresent();
    }

    @Test
    void manyClientsAndAccountsTogetherLockTheChallenge() {
        String slug = inviteOnlyWithCode("RIGHT-CODE-4");
        for (int i = 0; i < AccessCodeGuesses.PER_CHALLENGE; i++) {
            if (i % (ChallengeLimits.CODE_ATTEMPTS - 1) == 0) {
                fixtures.signIn(fixtures.applicant());
            }
            fromClient("192.0.2." + (i % 200));
            assertThatThrownBy(() -> codes.enterAccessCode(slug, "guess")).isInstanceOf(UserFacingException.class);
        }
        fixtures.signIn(fixtures.applicant());
        fromClient("192.0.2.250");
        assertThatThrownBy(() -> codes.enterAccessCode(slug, "RIGHT-CODE-4")).hasMessage("challenge.error.codeLocked");
    }
}
