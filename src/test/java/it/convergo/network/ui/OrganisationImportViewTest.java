package it.convergo.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.Table;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Visibility;
import it.convergo.network.OrganisationImport;
import it.convergo.support.KaribuTest;
import it.convergo.support.Uploads;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm imports its list of invited organisations from an Excel file on the matches page, in English and Italian. */
class OrganisationImportViewTest extends KaribuTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ChallengeEditor editor;

    /** An Excel file written by the portal's own XLSX writer (the same that makes its exports). */
    private static byte[] xlsx(List<List<String>> rows) {
        return new Table("organisations", rows.getFirst(),
                rows.subList(1, rows.size()).stream().map(r -> List.<Object>copyOf(r)).toList()).xlsx();
    }

    @Test
    void theFirmSeesEveryRowCheckedThenInvitesTheGoodOnes() {
        Organisation org = accounts.organisation("Imported Lab", OrganisationType.RESEARCH_CENTRE);
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft d = challenges.completeDraft(ChallengeFixtures.unique("Imported invitations"));
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode("IMPORT-" + System.nanoTime());
        long challenge = editor.save(d);
        challenges.signOut();

        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
            login(manager.getEmail());
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("network/matches/" + challenge);
            _click(_get(Button.class, s -> s.withId("org-import-open")));
            assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                    .contains(translations.get("import.org.intro", locale));
            Uploads.send(_get(Upload.class, s -> s.withId("org-import-upload")), "organisations.xlsx", xlsx(List.of(
                    List.of("organisation", "e-mail", "VAT"),
                    List.of("Imported Lab", AccountFixtures.uniqueEmail("contact"), org.getVatNumber()),
                    List.of("Broken", "broken", ""))));
            @SuppressWarnings("unchecked")
            Grid<OrganisationImport.Line> preview = _get(Grid.class, s -> s.withId("org-import-preview"));
            assertThat(GridKt._size(preview)).isEqualTo(2);
            Button invite = _get(Button.class, s -> s.withId("org-import-invite"));
            if (locale == Locale.ITALIAN) {
                assertThat(invite.getText()).isEqualTo(translations.get("import.org.invite", locale, 1));
                assertThat(GridKt._get(preview, 0).portalName()).isEqualTo(org.getName());
                _click(invite);
                NotificationsKt.expectNotifications(translations.get("import.org.sent", locale, 1));
            } else {
                assertThat(GridKt._get(preview, 0).problem()).as("invited in the first round")
                        .isEqualTo("import.org.error.alreadyInvited");
                assertThat(invite.isEnabled()).isFalse();
                assertThat(invite.getText()).isEqualTo(t("import.org.invite", 0));
            }
            logout();
        }
        challenges.signIn(manager);
        assertThat(editor.draft(challenge).getInvitedOrganisations()).containsExactly(org.getId());
    }
}
