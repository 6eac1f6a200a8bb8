package it.convergo.network.ui;

import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostForm;
import it.convergo.network.exchange.PostKind;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeRow;
import it.convergo.network.FieldVisibility;
import it.convergo.network.NetworkFixtures;
import it.convergo.network.ProfileCard;
import it.convergo.network.ProfileField;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory as a visitor and a member, the profile editor as an applicant (English) and a firm (Italian). */
class NetworkViewsTest extends KaribuTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    ChallengeFixtures challengeFixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    it.convergo.base.search.SearchIndex searchIndex;
    @Autowired
    MyPosts myPosts;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @Test
    void anApplicantFillsInItsProfileAndVisitorsFindItsPublicPart() {
        UserAccount applicant = fixtures.member("Visionlab " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        login(applicant.getEmail());
        UI.getCurrent().navigate("network/profile");
        assertThat(_get(Span.class, s -> s.withId("profile-completeness-text")).getText())
                .isEqualTo(t("network.editor.completeness.percent", 0));
        UserInput.set(_get(TextArea.class, s -> s.withId("profile-description-en")), "Machine vision for tiles " + tag);
        UserInput.set(_get(TextArea.class, s -> s.withId("profile-description-it")), "Visione artificiale per piastrelle " + tag);
        UserInput.set(_get(TextArea.class, s -> s.withId("profile-capabilities")), "defect detection, PLC retrofit");
        UserInput.set(_get(IntegerField.class, s -> s.withId("profile-team")), 7);
        UserInput.set(_get(IntegerField.class, s -> s.withId("profile-trl")), 6);
        @SuppressWarnings("unchecked")
        Select<FieldVisibility> teamVisibility = _get(Select.class, s -> s.withId("visibility-" + ProfileField.TEAM_SIZE.name()));
        UserInput.set(teamVisibility, FieldVisibility.PRIVATE);
        UserInput.set(_get(Checkbox.class, s -> s.withId("profile-listed")), true);
        assertThat(_get(Span.class, s -> s.withId("profile-completeness-text")).getText()).doesNotContain(" 0%");
        assertThat(_get(Paragraph.class, s -> s.withId("profile-missing")).getText()).contains(t("network.field.AREAS"));
        _click(_get(Button.class, s -> s.withId("profile-save")));
        NotificationsKt.expectNotifications(t("network.editor.savedListed"));

        logout();
        UI.getCurrent().navigate("network");
        assertThat(pageText()).contains(t("network.directory.leadVisitor"));
        UserInput.set(_get(TextField.class, s -> s.withId("network-search")), "vision " + tag);
        @SuppressWarnings("unchecked")
        Grid<ProfileCard> grid = _get(Grid.class, s -> s.withId("network-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ProfileCard card = GridKt._get(grid, 0);
        assertThat(card.summary()).contains("Machine vision");
        UserInput.set(_get(TextField.class, s -> s.withId("network-search")), "visione piastrella " + tag);
        assertThat(GridKt._size(grid)).as("Italian stems, in the description and capabilities").isEqualTo(1);

        UI.getCurrent().navigate("network/" + card.organisationId());
        assertThat(pageText()).contains("Machine vision for tiles").contains("defect detection")
                .doesNotContain(t("network.field.TEAM_SIZE"));
    }

    @Test
    void aFirmManagerWorksInItalianAndFiltersByArea() {
        UserAccount lab = fixtures.member("Laboratorio " + tag, OrganisationType.RESEARCH_CENTRE, Role.APPLICANT);
        fixtures.signIn(lab);
        fixtures.listedProfile("Metal additive manufacturing lab " + tag, "Pilot with a pump maker " + tag,
                TechnologyArea.ADDITIVE_MANUFACTURING);
        fixtures.signOut();

        UserAccount firm = fixtures.member("Capofila " + tag, OrganisationType.LARGE_COMPANY, Role.FIRM_MANAGER);
        login(firm.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("network");
        assertThat(pageText()).contains(translations.get("network.directory.title", Locale.ITALIAN));
        UserInput.set(_get(TextField.class, s -> s.withId("network-search")), "stampa 3D " + tag);
        @SuppressWarnings("unchecked")
        Grid<ProfileCard> grid = _get(Grid.class, s -> s.withId("network-grid"));
        assertThat(GridKt._size(grid)).as("the taxonomy's synonym").isEqualTo(1);
        @SuppressWarnings("unchecked")
        ComboBox<TechnologyArea> area = _get(ComboBox.class, s -> s.withId("network-area"));
        assertThat(area.getItemLabelGenerator().apply(TechnologyArea.ADDITIVE_MANUFACTURING)).endsWith("(1)");
        UserInput.set(area, TechnologyArea.ROBOTICS);
        assertThat(GridKt._size(grid)).isZero();

        UI.getCurrent().navigate("network/profile");
        assertThat(pageText()).contains(translations.get("network.editor.title", Locale.ITALIAN));
        UserInput.set(_get(TextArea.class, s -> s.withId("profile-description-it")), "x".repeat(3001));
        _click(_get(Button.class, s -> s.withId("profile-save")));
        assertThat(_get(TextArea.class, s -> s.withId("profile-description-it")).isInvalid()).isTrue();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aFirmManagerSeesWhoFitsItsChallengeAndSuggestsIt() {
        UserAccount lab = fixtures.member("Kilnlab " + tag, OrganisationType.RESEARCH_CENTRE, Role.APPLICANT);
        long labId = fixtures.signIn(lab).organisationId();
        fixtures.listedProfile("Heat recovery for ceramic kilns " + tag, "", TechnologyArea.ENERGY_EFFICIENCY);
        fixtures.signOut();
        UserAccount manager = challengeFixtures.firmManager();
        challengeFixtures.signIn(manager);
        ChallengeDraft d = challengeFixtures.completeDraft("Kiln heat recovery " + tag);
        d.setAreas(new java.util.HashSet<>(java.util.Set.of(TechnologyArea.ENERGY_EFFICIENCY)));
        long challenge = editor.save(d);
        publishing.publish(challenge, editor.draft(challenge).getVersion());
        fixtures.signOut();

        login(manager.getEmail());
        UI.getCurrent().navigate("network");
        @SuppressWarnings("unchecked")
        ComboBox<ChallengeRow> mine = _get(ComboBox.class, s -> s.withId("network-find-innovators"));
        UserInput.set(mine, challengeRowOf(mine, challenge));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MatchesView.class);
        assertThat(pageText()).contains("Kilnlab").contains(t("network.matches.areas", t("area.ENERGY_EFFICIENCY")));
        _click(_get(UI.getCurrent().getCurrentView(), Button.class, s -> s.withId("invite-" + labId)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.close(); // as the browser does before it sends the confirmation: a notification never lands in a modal
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(NotificationsKt.getNotifications().getFirst().getElement().getProperty("text"))
                .startsWith(t("network.matches.suggested", "Kilnlab " + tag).split(":")[0])
                .endsWith(t("network.matches.suggested", "").split(":")[1]);
        assertThat(pageText()).contains("Kilnlab").contains(t("network.matches.areas", t("area.ENERGY_EFFICIENCY")));
    }

    private static ChallengeRow challengeRowOf(ComboBox<ChallengeRow> box, long id) {
        return box.getListDataView().getItems().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorStartsARebuildOfTheIndex() throws InterruptedException {
        UserAccount admin = fixtures.member("Rete " + tag, OrganisationType.OTHER, Role.ADMIN);
        login(admin.getEmail());
        UI.getCurrent().navigate("admin/search");
        assertThat(pageText()).contains(t("network.search.never"));
        _click(_get(Button.class, s -> s.withId("search-rebuild")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(pageText()).doesNotContain(t("network.search.never"));
        // the other tests of this context search the same index: wait until the rebuild is over
        for (int i = 0; i < 600 && searchIndex.lastRebuild().orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        assertThat(searchIndex.lastRebuild().orElseThrow().failed()).isFalse();
    }

    @Test
    void anApplicantSeesOnItsHomeTheLiveChallengesThatFitItsProfileInBothLanguages() {
        UserAccount manager = challengeFixtures.firmManager();
        challengeFixtures.signIn(manager);
        ChallengeDraft d = challengeFixtures.completeDraft("Ricambi stampati in 3D " + tag);
        d.setSummary("Ricambi per presse stampati in 3D " + tag);
        d.setAreas(new java.util.HashSet<>(java.util.Set.of(TechnologyArea.ADDITIVE_MANUFACTURING)));
        long live = editor.save(d);
        publishing.publish(live, editor.draft(live).getVersion());
        fixtures.signOut();
        UserAccount printer = fixtures.member("Printer " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        login(printer.getEmail());
        UI.getCurrent().navigate("my-proposals");
        Div empty = _get(Div.class, s -> s.withId("home-fits-profile"));
        assertThat(empty.getElement().getTextRecursively()).as("no profile yet: nothing fits, and the way to a profile")
                .contains(t("network.forMe.empty")).contains(t("network.home.completeProfile", 0));

        fixtures.signIn(printer);
        fixtures.listedProfile("Additive manufacturing of metal spare parts " + tag, "", TechnologyArea.ADDITIVE_MANUFACTURING);
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ADDITIVE_MANUFACTURING,
                "Our own printing offer " + tag, "Metal spare parts printed " + tag, 6, 30));
        UserAccount lab = fixtures.member("Sintering lab " + tag, OrganisationType.UNIVERSITY, Role.APPLICANT);
        fixtures.signIn(lab);
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.FACILITY_USE, TechnologyArea.ADDITIVE_MANUFACTURING,
                "Laser sintering cell " + tag, "Metal spare parts printed on our laser cell " + tag, 7, 30));
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ROBOTICS,
                "Gripper patent " + tag, "Metal spare parts handled by a soft gripper " + tag, 5, 30));
        fixtures.signOut();
        login(printer.getEmail());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("challenges");
            UI.getCurrent().navigate("my-proposals");
            String text = _get(Div.class, s -> s.withId("home-fits-profile")).getElement().getTextRecursively();
            assertThat(text).contains(translations.get("network.forMe.title", locale))
                    .contains("Ricambi stampati in 3D " + tag)
                    .contains(translations.get("network.home.shared", locale, "").strip())
                    .contains(translations.get("area.ADDITIVE_MANUFACTURING", locale))
                    .doesNotContain(translations.get("network.forMe.empty", locale))
                    .as("needs and offers of others in the profile's areas; not our own, not another area")
                    .contains(translations.get("network.forMe.posts", locale), "Laser sintering cell " + tag,
                            translations.get("exchange.kind.OFFER", locale), "Sintering lab " + tag)
                    .doesNotContain("Our own printing offer " + tag, "Gripper patent " + tag);
        }
    }
}
