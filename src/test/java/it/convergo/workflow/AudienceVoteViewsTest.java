package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.UserAccount;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.FirmVote;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audience award's screens: the firm sets it up (English) and reads it (Italian), an applicant opts in
 * (Italian), a voter casts a confirmed final vote, the applicant cannot vote for its own proposal, and after the
 * count the results appear on the vote page, beside the jury's ranking and on the challenge's page.
 */
class AudienceVoteViewsTest extends KaribuTest {


    @Autowired
    VoteDriver driver;

    @Test
    void theFirmSetsUpTheAwardAndSeesOnlyHowManyVoted() {
        VoteDriver.Scenario s = driver.closedChallenge();
        login(driver.path.manager().getEmail());
        UI.getCurrent().navigate("evaluation/" + s.challenge());
        selectTab("evaluation.tab.vote");
        // the TabSheet swaps its content on the round trip that the locator makes
        assertThat(_get(TabSheet.class).getElement().getTextRecursively()).contains(t("vote.firm.intro"));
        UserInput.set(_get(TextField.class, f -> f.withId("vote-prize-name")), "Audience award 2027");
        _click(_get(Button.class, b -> b.withId("vote-save")));

        FirmVote vote = driver.votes.forFirm(s.challenge()).orElseThrow();
        assertThat(vote.prizeName()).isEqualTo("Audience award 2027");
        assertThat(vote.audience()).isEqualTo(Audience.MEMBERS);
        assertThat(vote.entries()).extracting(FirmVote.Candidate::proposalId).containsExactlyInAnyOrder(s.pa(), s.pb(), s.pc());
        String summary = _get(Div.class, d -> d.withId("vote-firm-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("Audience award 2027", t("vote.firm.ballots"), t("vote.firm.notOptedIn"), t("vote.firm.hidden"));

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("evaluation/" + s.challenge());
        selectTab("evaluation.tab.vote");
        String italian = _get(Div.class, d -> d.withId("vote-firm-summary")).getElement().getTextRecursively();
        assertThat(italian).contains("Voti espressi", "Membri della rete", "il candidato non ha dato il consenso");
        assertThat(_get(TabSheet.class).getElement().getTextRecursively()).contains("Modifica il premio del pubblico");
    }

    @Test
    void anApplicantOptsInWithPublicTextsInItalian() {
        VoteDriver.Scenario s = driver.closedChallenge();
        driver.configure(s, Audience.PUBLIC, false, false);
        login(s.a().getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("vote/" + s.slug());
        assertThat(pageText()).contains("La votazione si apre il");
        _get(com.vaadin.flow.component.html.Anchor.class, a -> a.withId("vote-consent-" + s.pa()));
        UI.getCurrent().navigate("vote-entry/" + s.pa());
        assertThat(pageText()).contains("Premio del pubblico: Premio del pubblico", "Non partecipa", "Non scrivere nulla di riservato");
        UserInput.set(_get(TextField.class, f -> f.withId("vote-entry-title")), "Tegole solari");
        UserInput.set(_get(TextArea.class, f -> f.withId("vote-entry-summary")), "Tegole che producono energia.");
        _click(_get(Button.class, b -> b.withId("vote-entry-in")));
        assertThat(driver.entries.mine(s.pa()).orElseThrow().optedIn()).isTrue();
        assertThat(driver.entries.mine(s.pa()).orElseThrow().publicTitle()).isEqualTo("Tegole solari");
        assertThat(pageText()).contains("Partecipa");
        assertThat(_find(Button.class, b -> b.withId("vote-entry-out"))).hasSize(1);

        // another organisation's applicant finds no such page
        login(s.c().getEmail());
        UI.getCurrent().navigate("vote-entry/" + s.pa());
        assertThat(_find(TextField.class, f -> f.withId("vote-entry-title"))).isEmpty();
        assertThat(pageText()).doesNotContain("Tegole solari");
    }

    @Test
    void aVoterConfirmsAFinalVoteAndTheResultsAppearEverywhereAfterTheCount() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.MEMBERS, false, false);
        driver.optIns(s);
        driver.open(vote);
        UserAccount voter = driver.path.applicant();
        long entryA = driver.entryId(voter, s.slug(), VoteDriver.TITLE_A);

        login(voter.getEmail());
        UI.getCurrent().navigate("vote/" + s.slug());
        assertThat(pageText()).contains("Premio del pubblico", VoteDriver.TITLE_A, VoteDriver.TITLE_C, t("vote.page.rules"))
                .doesNotContain("Vision retrofit");
        _click(_get(Button.class, b -> b.withId("vote-for-" + entryA)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo(t("vote.page.castVote"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("vote-mine")).getText())
                .startsWith("You voted for \"" + VoteDriver.TITLE_A + "\" on ");
        assertThat(_find(Button.class, b -> b.withText(t("vote.page.vote")))).as("one vote, final").isEmpty();
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("vote/" + s.slug());
        assertThat(pageText()).contains("Hai votato «" + VoteDriver.TITLE_A + "»");

        // the applicant of a sees its card without a button
        login(s.a().getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("vote/" + s.slug());
        assertThat(pageText()).contains(t("vote.page.own"));
        assertThat(_find(Button.class, b -> b.withId("vote-for-" + entryA))).isEmpty();

        driver.close(vote);
        login(voter.getEmail());
        UI.getCurrent().navigate("vote/" + s.slug());
        String results = _get(Div.class, d -> d.withId("vote-results")).getElement().getTextRecursively();
        assertThat(results).contains("1. " + VoteDriver.TITLE_A + " — 1 vote", "2. " + VoteDriver.TITLE_C + " — 0 votes");

        UI.getCurrent().navigate("challenges/" + s.slug());
        assertThat(_get(Div.class, d -> d.withId("challenge-vote")).getElement().getTextRecursively())
                .contains("Premio del pubblico", VoteDriver.TITLE_A);

        login(driver.path.manager().getEmail());
        UI.getCurrent().navigate("evaluation/" + s.challenge());
        selectTab("evaluation.tab.ranking");
        assertThat(_get(Div.class, d -> d.withId("vote-ranking")).getElement().getTextRecursively())
                .contains(t("vote.ranking.heading", "Premio del pubblico"), "1. " + VoteDriver.TITLE_A + " — 1 vote");
    }
}
