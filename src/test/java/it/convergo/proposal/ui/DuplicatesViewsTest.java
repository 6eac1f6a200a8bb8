package it.convergo.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import it.convergo.account.UserAccount;
import it.convergo.base.ui.Badge;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.proposal.DuplicateTexts;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm's manager sees "possible duplicate" on its list and the similar proposals on the proposal's page. */
class DuplicatesViewsTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalDrafts drafts;

    UserAccount manager;
    long challengeId;
    long original;
    long copy;
    long unrelated;

    @BeforeEach
    void copiedProposalsOfAClosedChallenge() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        challengeId = fixtures.open(ChallengeFixtures.unique("Weld inspection"));
        fixtures.signOut();
        original = DuplicateTexts.submitted(proposals, drafts, fixtures.applicant(), challengeId, "Weld vision", DuplicateTexts.COPIED);
        copy = DuplicateTexts.submitted(proposals, drafts, fixtures.applicant(), challengeId, "Seam checker", DuplicateTexts.EDITED_COPY);
        unrelated = DuplicateTexts.submitted(proposals, drafts, fixtures.applicant(), challengeId, "Heat recovery",
                DuplicateTexts.unrelated());
        fixtures.signOut();
        fixtures.fireLifecycleTimer(challengeId);
    }

    @Test
    void theFirmSeesTheFlagAndTheSimilarProposalInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            login(manager.getEmail());
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("firm/proposals", QueryParameters.of("challenge", String.valueOf(challengeId)));
            FirmProposalsView list = (FirmProposalsView) UI.getCurrent().getCurrentView();
            assertThat(GridKt._size(list.grid)).isEqualTo(3);
            for (int row = 0; row < 3; row++) {
                long id = GridKt._get(list.grid, row).id();
                var cell = GridKt._getCellComponent(list.grid, row, "duplicate");
                if (id == unrelated) {
                    assertThat(cell).isNotInstanceOf(Badge.class);
                } else {
                    assertThat(cell).isInstanceOf(Badge.class);
                    assertThat(cell.getElement().getText()).isEqualTo(translations.get("proposal.duplicates.flag", locale));
                }
            }

            UI.getCurrent().navigate("proposals/" + copy + "/view");
            assertThat(pageText()).contains(translations.get("proposal.duplicates.title", locale))
                    .contains("Weld vision").contains(translations.get("proposal.duplicates.sameChallenge", locale))
                    .contains(translations.get("proposal.duplicates.noEarlier", locale));
            UI.getCurrent().navigate("proposals/" + unrelated + "/view");
            assertThat(pageText()).contains(translations.get("proposal.duplicates.none", locale));
        }
    }

    @Test
    void anAdminReadingTheProposalsSeesNoFlags() {
        login(fixtures.user("admin", it.convergo.account.Role.ADMIN).getEmail());
        UI.getCurrent().navigate("proposals/" + copy + "/view");
        assertThat(pageText()).contains("Seam checker").doesNotContain(t("proposal.duplicates.title"));
    }
}
