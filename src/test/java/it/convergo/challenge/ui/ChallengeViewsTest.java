package it.convergo.challenge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.FirmChallenges;
import it.convergo.challenge.Sector;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The firm's editor, the public catalogue and detail page, and the Q&amp;A, as their users see them. */
class ChallengeViewsTest extends KaribuTest {

    @Autowired
    java.time.Clock clock;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    FirmChallenges firm;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    it.convergo.proposal.ProposalFixtures proposals;

    @Test
    void aFirmManagerCreatesFillsAndPublishesAChallenge() {
        UserAccount manager = fixtures.firmManager();
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges");
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class).getThemeNames())
                .as("the list wraps long titles and dates instead of cutting them").contains("wrap-cell-content");
        _click(_get(Button.class, s -> s.withId("challenge-create")));
        String title = ChallengeFixtures.unique("Predictive maintenance of presses");
        UserInput.set(_get(_get(Dialog.class), TextField.class, s -> s.withId("challenge-new-title")), title);
        _click(_get(Button.class, s -> s.withId("challenge-new-go")));
        assertThat(pageText()).contains(title, t("challenge.editor.step.basics"), t("challenge.status.DRAFT"));

        UserInput.set(_get(TextArea.class, s -> s.withLabel(t("challenge.editor.summary"))), "Find failures before they happen.");
        UserInput.set(_get(TextArea.class, s -> s.withLabel(t("challenge.editor.description"))), "## Context\n\nOur **presses** run 24/7.");
        assertThat(_get(TextArea.class, s -> s.withLabel(t("challenge.editor.summary"))).getHelperText())
                .isEqualTo(t("text.count", 33, 500));
        @SuppressWarnings("unchecked")
        ComboBox<Sector> sector = _get(ComboBox.class, s -> s.withLabel(t("challenge.editor.sector")));
        UserInput.set(sector, Sector.MECHANICAL_ENGINEERING);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<TechnologyArea> areas = _get(MultiSelectComboBox.class, s -> s.withLabel(t("challenge.editor.areas")));
        UserInput.set(areas, Set.of(TechnologyArea.INDUSTRIAL_IOT, TechnologyArea.AI_MACHINE_LEARNING));

        _get(TabSheet.class).setSelectedIndex(2);
        LocalDateTime opens = LocalDateTime.now(Times.ROME).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        UserInput.set(_get(DateTimePicker.class, s -> s.withLabel(t("challenge.editor.opensAt"))), opens);
        UserInput.set(_get(DateTimePicker.class, s -> s.withLabel(t("challenge.editor.closesAt"))), opens.minusDays(1));
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(pageText()).as("error shown, nothing saved").contains(t("challenge.editor.fixFields"));
        UserInput.set(_get(DateTimePicker.class, s -> s.withLabel(t("challenge.editor.closesAt"))), opens.plusDays(45));
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(pageText()).contains(t("challenge.editor.savedAt", "").trim());

        _get(TabSheet.class).setSelectedIndex(4);
        _click(_get(Button.class, s -> s.withId("challenge-preview-form")));
        Dialog preview = _get(Dialog.class);
        assertThat(_get(preview, TextArea.class, s -> s.withLabel(t("challenge.form.abstract"))).getMaxLength()).isEqualTo(2000);
        assertThat(_find(preview, TextArea.class, s -> s.withLabel("1. How will you test it? *"))).isEmpty();
        _get(Dialog.class).close();

        _get(TabSheet.class).setSelectedIndex(5);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(pageText()).contains(t("challenge.editor.ready"));
        _click(_get(Button.class, s -> s.withId("challenge-publish")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        ChallengeRow row = firm.mine(title, null, PageRequest.of(0, 5)).getFirst();
        assertThat(row.status()).isEqualTo(ChallengeStatus.SCHEDULED);
        assertThat(challenges.view(row.id()).descriptionHtml()).contains("<strong>presses</strong>");
        assertThat(challenges.view(row.id()).opensAt()).isEqualTo(opens.atZone(Times.ROME).toInstant());
    }

    @Test
    void theEditorTellsWhenAColleagueSavedInTheMeantime() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.draft(ChallengeFixtures.unique("Concurrent"));
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        UserInput.set(_get(TextArea.class, s -> s.withLabel(t("challenge.editor.summary"))), "Mine");

        UserAccount colleague = fixtures.colleagueOf(manager);
        fixtures.signIn(colleague);
        ChallengeDraft theirs = editor.draft(id);
        theirs.setSummary("Theirs");
        editor.save(theirs);
        login(manager.getEmail());

        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(pageText()).contains(t("error.concurrentEdit"));
        assertThat(editor.draft(id).getSummary()).isEqualTo("Theirs");
    }

    @Test
    void refusalsAppearNextToTheFieldAndNothingIsSaved() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.draft(ChallengeFixtures.unique("Thresholds"));
        long version = editor.draft(id).getVersion();
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        _get(TabSheet.class).setSelectedIndex(3);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        var overall = _get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                s -> s.withLabel(t("challenge.editor.overallThreshold")));
        UserInput.set(overall, new java.math.BigDecimal("16"));
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(overall.isInvalid()).isTrue();
        assertThat(overall.getErrorMessage()).isEqualTo(t("challenge.error.overallThreshold", "15"));
        assertThat(pageText()).contains(t("challenge.error.overallThreshold", "15"));
        assertThat(editor.draft(id).getVersion()).isEqualTo(version);
    }

    @Test
    void anotherFirmsManagerGetsNotFound() {
        fixtures.signIn(fixtures.firmManager());
        long id = fixtures.draft(ChallengeFixtures.unique("Secret"));
        login(fixtures.firmManager().getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        assertThat(pageText()).contains(t("error.notFound")).doesNotContain("Secret");
        UI.getCurrent().navigate("my-challenges/" + id + "/dashboard");
        assertThat(pageText()).contains(t("error.notFound"));
    }

    @Test
    void visitorsBrowseTheCatalogueAndOpenAChallengeBySlug() {
        fixtures.signIn(fixtures.firmManager());
        String title = ChallengeFixtures.unique("Circular glazes");
        long id = fixtures.published(title);
        String slug = challenges.view(id).slug();
        fixtures.signOut();
        logout();

        UI.getCurrent().navigate("challenges");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, s -> s.withId("catalogue-mode"));
        UserInput.set(mode, "list");
        UserInput.set(_get(TextField.class, s -> s.withId("catalogue-search")), title);
        @SuppressWarnings("unchecked")
        Grid<ChallengeCard> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).slug()).isEqualTo(slug);
        @SuppressWarnings("unchecked")
        ComboBox<Sector> sector = _get(ComboBox.class, s -> s.withId("catalogue-sector"));
        UserInput.set(sector, Sector.AUTOMOTIVE);
        assertThat(GridKt._size(grid)).isZero();

        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(pageText()).contains(title, "Excellence", "Impact", t("challenge.detail.judged"),
                t("challenge.detail.faq.empty"), t("challenge.detail.signInToAsk"));
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()))
                .contains(t("challenge.detail.rewards"), t("challenge.detail.eligibility"));
        UI.getCurrent().navigate("challenges/no-such-challenge-at-all");
        assertThat(pageText()).contains(t("error.notFound"));
    }

    @Test
    void anOpenChallengeCountsDownInDaysAndAClosedOneHasNoCountdown() {
        fixtures.signIn(fixtures.firmManager());
        long id = fixtures.open(ChallengeFixtures.unique("Countdown"));
        String slug = challenges.view(id).slug();
        UI.getCurrent().navigate("challenges/" + slug);
        String left = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("challenge-countdown")).getText();
        assertThat(left).as("a month away shows days only").matches("(29|30) days");

        publishing.closeEarly(id);
        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withId("challenge-countdown"))).isEmpty();
        assertThat(challenges.view(id).closesAt()).as("closing date no longer in the future").isBeforeOrEqualTo(clock.instant());
        UI.getCurrent().navigate("my-challenges");
        assertThat(pageText()).doesNotContain(" left");
    }

    @Test
    void anApplicantAsksTheFirmAnswersInTheFaqAndVisitorsReadItAnonymously() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.published(ChallengeFixtures.unique("Kiln heat recovery"));
        String slug = challenges.view(id).slug();
        fixtures.signOut();

        UserAccount asker = fixtures.applicant();
        login(asker.getEmail());
        UI.getCurrent().navigate("challenges/" + slug);
        UserInput.set(_get(TextArea.class, s -> s.withId("challenge-question")), "Can the pilot run in our own lab?");
        _click(_get(Button.class, s -> s.withId("challenge-ask")));
        _click(_get(Button.class, s -> s.withId("challenge-follow")));
        assertThat(pageText()).contains(t("challenge.detail.myQuestion", "Can the pilot run in our own lab?"),
                t("challenge.detail.waiting"));

        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/dashboard");
        assertThat(pageText()).contains("Can the pilot run in our own lab?").doesNotContain(asker.getFullName());
        UserInput.set(_get(TextArea.class, s -> s.withLabel(t("challenge.qa.answer"))), "Yes, if it has the right furnace.");
        _click(_get(Button.class, s -> s.withText(t("challenge.qa.send"))));

        logout();
        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(pageText()).contains("Can the pilot run in our own lab?", "Yes, if it has the right furnace.")
                .doesNotContain(asker.getFullName()).doesNotContain(asker.getEmail());
    }

    @Test
    void anInviteOnlyChallengeOpensWithItsCode() {
        fixtures.signIn(fixtures.firmManager());
        String title = ChallengeFixtures.unique("Invite only");
        long id = fixtures.draft(title);
        ChallengeDraft d = editor.draft(id);
        d.setVisibility(it.convergo.challenge.Visibility.INVITE_ONLY);
        d.setAccessCode("CERAMICA-2027");
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        String slug = challenges.view(id).slug();
        fixtures.signOut();

        login(fixtures.applicant().getEmail());
        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(pageText()).contains(t("error.notFound")).doesNotContain(title);
        UserInput.set(_get(TextField.class, s -> s.withId("challenge-access-code")), "WRONG-CODE");
        _click(_get(Button.class, s -> s.withId("challenge-access-open")));
        assertThat(_get(TextField.class, s -> s.withId("challenge-access-code")).getErrorMessage()).isEqualTo(t("challenge.error.wrongCode"));
        UserInput.set(_get(TextField.class, s -> s.withId("challenge-access-code")), "CERAMICA-2027");
        _click(_get(Button.class, s -> s.withId("challenge-access-open")));
        assertThat(pageText()).contains(title);
    }

    @Test
    void theDashboardShowsCountsAndASubmissionsChart() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.open(ChallengeFixtures.unique("Dashboard"));
        for (int i = 0; i < 4; i++) {
            proposals.submitted(fixtures.applicant(), id);
        }
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/dashboard");
        assertThat(pageText()).contains(t("challenge.dashboard.count.submitted"), t("challenge.dashboard.perDay"), "4");
        var chart = _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("cv-ch-chart"));
        assertThat(chart.getElement().getProperty("innerHTML")).startsWith("<svg").contains("<rect");
    }

    @Test
    void anApplicantReadsAndAcceptsTheAgreement() {
        fixtures.signIn(fixtures.firmManager());
        long id = fixtures.draft(ChallengeFixtures.unique("With NDA"));
        ChallengeDraft d = editor.draft(id);
        d.setNdaRequired(true);
        d.setNdaText("Confidential information stays confidential.");
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        String slug = challenges.view(id).slug();
        fixtures.signOut();

        UserAccount applicant = fixtures.applicant();
        login(applicant.getEmail());
        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(pageText()).contains("Confidential information stays confidential.");
        _click(_get(Button.class, s -> s.withId("challenge-accept-nda")));
        assertThat(pageText()).contains(t("challenge.detail.nda.accepted", 1));
        assertThat(challenges.hasAcceptedNda(id, applicant.getId())).isTrue();
    }

    @Test
    void theHomePageListsOpenChallenges() {
        UI.getCurrent().navigate("");
        assertThat(pageText()).contains(t("home.open.title"));
    }
}
