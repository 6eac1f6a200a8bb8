package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.evaluation.appeals.AppealOutcome;
import it.convergo.evaluation.appeals.AppealViews;
import it.convergo.evaluation.panel.AppealReviewers;
import it.convergo.evaluation.results.Outcome;
import it.convergo.support.KaribuTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appeal on screen, as each of its users: the applicant files from the result page (with its confirmation)
 * and reads the reply; the firm assigns reviewers (only eligible ones offered), replaces one who does not answer
 * and decides on its Appeals tab;
 * the reviewer finds the appeal in the inbox and gives an opinion. English and Italian.
 */
class AppealViewsTest extends KaribuTest {

    private static final Locale IT = Locale.ITALIAN;

    @Autowired PathDriver driver;

    long challenge;
    long proposal;
    UserAccount applicant;
    UserAccount panelMember;
    List<UserAccount> reviewers;
    List<UserAccount> pool;

    @BeforeEach
    void publishedResult() {
        pool = driver.evaluators(5);
        panelMember = pool.getFirst();
        reviewers = List.of(pool.get(3), pool.get(4));
        challenge = driver.openChallenge("Appeal views", 1, false, 10);
        applicant = driver.applicant();
        proposal = driver.evaluatedAndPublished(challenge, applicant, List.of(panelMember));
    }

    @Test
    void applicantFilesFirmAssignsReviewerGivesOpinionFirmReEvaluatesInEnglish() {
        // the applicant: deadline with date, time and zone; the form; the confirmation
        login(applicant.getEmail());
        UI.getCurrent().navigate("results/" + proposal);
        var side = driver.appeals.forApplicant(proposal).orElseThrow();
        assertThat(pageText()).contains(t("appeal.applicant.title"),
                t("appeal.applicant.until", Times.format(side.deadline(), Locale.ENGLISH)));
        _get(TextArea.class, s -> s.withId("appeal-grounds")).setValue("Our pilot results were ignored.");
        _click(_get(Button.class, s -> s.withId("appeal-file")));
        confirm();
        assertThat(pageText()).contains(t("appeal.status.FILED"), "Our pilot results were ignored.",
                t("appeal.applicant.pending")).doesNotContain(t("appeal.applicant.file"));
        long appeal = driver.jdbc.queryForObject("select id from appeal where proposal_id = ?", Long.class, proposal);

        // the firm: only eligible evaluators offered
        login(driver.manager().getEmail());
        appealsTab();
        assertThat(pageText()).contains("Our pilot results were ignored.", t("appeal.status.FILED"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AppealReviewers.Eligible> choose = _get(MultiSelectComboBox.class,
                s -> s.withId("appeal-reviewers-" + appeal));
        List<AppealReviewers.Eligible> offered = choose.getListDataView().getItems().toList();
        assertThat(offered).extracting(AppealReviewers.Eligible::userId)
                .contains(reviewers.get(0).getId(), reviewers.get(1).getId()).doesNotContain(panelMember.getId());
        Set<Long> wanted = reviewers.stream().map(UserAccount::getId).collect(Collectors.toSet());
        choose.setValue(offered.stream().filter(e -> wanted.contains(e.userId())).collect(Collectors.toSet()));
        _click(_get(Button.class, s -> s.withId("appeal-assign-" + appeal)));
        assertThat(pageText()).contains(t("appeal.status.UNDER_REVIEW"), t("appeal.firm.opinionPending", reviewers.get(0).getFullName()));

        // the reviewer: the inbox points to the appeal; the opinion, confirmed, is shown back
        login(reviewers.getFirst().getEmail());
        UI.getCurrent().navigate("evaluate");
        assertThat(pageText()).contains(t("appeal.inbox.go"));
        UI.getCurrent().navigate("appeals/" + appeal + "/review");
        assertThat(pageText()).contains("Our pilot results were ignored.", t("appeal.review.result", t(Outcome.FINALIST.labelKey())));
        _click(_get(Button.class, s -> s.withId("appeal-give")));
        assertThat(driver.jdbc.queryForObject("select count(*) from appeal_review where appeal_id = ? and given_at is not null",
                Long.class, appeal)).as("nothing given without saying whether it is founded").isZero();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> founded = _get(RadioButtonGroup.class, s -> s.withId("appeal-founded"));
        founded.setValue(true);
        _get(TextArea.class, s -> s.withId("appeal-opinion")).setValue("The pilot results were not read.");
        _click(_get(Button.class, s -> s.withId("appeal-give")));
        confirm();
        assertThat(pageText()).contains(t("appeal.review.yes"), "The pilot results were not read.");
        driver.challenges.signIn(reviewers.get(1));
        driver.appeals.giveOpinion(appeal, true, "Agreed.");

        // the firm re-evaluates
        login(driver.manager().getEmail());
        appealsTab();
        assertThat(pageText()).contains(t("appeal.firm.opinionFounded", reviewers.get(0).getFullName(), "The pilot results were not read."));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AppealOutcome> outcome = _get(RadioButtonGroup.class, s -> s.withId("appeal-outcome-" + appeal));
        outcome.setValue(AppealOutcome.RE_EVALUATED);
        @SuppressWarnings("unchecked")
        Select<Outcome> newOutcome = _get(Select.class, s -> s.withId("appeal-new-outcome-" + appeal));
        newOutcome.setValue(Outcome.WINNER);
        _get(TextArea.class, s -> s.withId("appeal-reply-" + appeal)).setValue("The reviewers found the pilot decisive.");
        _click(_get(Button.class, s -> s.withId("appeal-close-" + appeal)));
        confirm();
        assertThat(pageText()).contains(t("appeal.outcome.RE_EVALUATED"),
                t("appeal.firm.changed", t(Outcome.FINALIST.labelKey()), t(Outcome.WINNER.labelKey())));

        // the applicant reads the reply and the new outcome, never a reviewer's name
        login(applicant.getEmail());
        UI.getCurrent().navigate("results/" + proposal);
        assertThat(pageText()).contains(t(Outcome.WINNER.labelKey()), t("appeal.outcome.RE_EVALUATED.applicant"),
                "The reviewers found the pilot decisive.")
                .doesNotContain(reviewers.get(0).getFullName(), reviewers.get(1).getFullName(), "The pilot results were not read.");
    }

    @Test
    void italianScreensForApplicantFirmAndReviewerInABlindChallenge() {
        long blind = driver.openChallenge("Ricorso", 1, true, 10);
        UserAccount someone = driver.applicant();
        long blindProposal = driver.evaluatedAndPublished(blind, someone, List.of(panelMember));

        login(someone.getEmail());
        UI.getCurrent().setLocale(IT);
        UI.getCurrent().navigate("results/" + blindProposal);
        var side = driver.appeals.forApplicant(blindProposal).orElseThrow();
        assertThat(pageText()).contains(it("appeal.applicant.title"), it("appeal.applicant.until", Times.format(side.deadline(), IT)));
        _get(TextArea.class, s -> s.withId("appeal-grounds")).setValue("I punteggi ignorano il nostro pilota.");
        _click(_get(Button.class, s -> s.withId("appeal-file")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).startsWith("Puoi presentare un solo ricorso");
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close();
        assertThat(pageText()).contains(it("appeal.status.FILED"), it("appeal.applicant.pending"));
        long appeal = driver.jdbc.queryForObject("select id from appeal where proposal_id = ?", Long.class, blindProposal);

        login(driver.manager().getEmail());
        UI.getCurrent().setLocale(IT);
        UI.getCurrent().navigate("evaluation/" + blind);
        selectTab("evaluation.tab.appeals");
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Ricorsi");
        assertThat(pageText()).contains(it("appeal.applicant.grounds"), it("appeal.firm.assign"), it("appeal.status.FILED"));
        driver.challenges.signIn(driver.manager());
        driver.appealDecisions.assign(appeal, List.of(reviewers.getFirst().getId()), PathDriver.DUE);

        String organisation = driver.accounts.reload(someone.getId()).getOrganisation().getName();
        login(reviewers.getFirst().getEmail());
        UI.getCurrent().setLocale(IT);
        UI.getCurrent().navigate("appeals/" + appeal + "/review");
        assertThat(pageText()).contains(it("appeal.review.title"), it("appeal.review.yes"), it("appeal.review.give"), "I punteggi ignorano il nostro pilota.")
                .doesNotContain(organisation);
    }

    @Test
    void theFirmReplacesAReviewerWhoDoesNotAnswerInItalian() {
        driver.challenges.signIn(applicant);
        long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
        driver.challenges.signIn(driver.manager());
        driver.appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(), PathDriver.DUE);
        UserAccount silent = reviewers.getFirst();
        UserAccount replacement = pool.get(2);

        login(driver.manager().getEmail());
        UI.getCurrent().setLocale(IT);
        appealsTab();
        assertThat(pageText()).contains(it("appeal.firm.replaceTitle"), it("appeal.firm.replace"));
        @SuppressWarnings("unchecked")
        Select<AppealViews.Opinion> who = _get(Select.class, s -> s.withId("appeal-replace-who-" + appeal));
        @SuppressWarnings("unchecked")
        ComboBox<AppealReviewers.Eligible> by = _get(ComboBox.class, s -> s.withId("appeal-replace-by-" + appeal));
        assertThat(who.getListDataView().getItems()).extracting(AppealViews.Opinion::reviewerId)
                .containsExactlyInAnyOrder(reviewers.get(0).getId(), reviewers.get(1).getId());
        assertThat(by.getHelperText()).isEqualTo(it("appeal.firm.replaceHelp"));
        List<AppealReviewers.Eligible> offered = by.getListDataView().getItems().toList();
        assertThat(offered).extracting(AppealReviewers.Eligible::userId).as("neither the panel nor the current reviewers")
                .contains(replacement.getId()).doesNotContain(panelMember.getId(), reviewers.get(0).getId(), reviewers.get(1).getId());
        who.setValue(who.getListDataView().getItems().filter(o -> o.reviewerId() == silent.getId()).findFirst().orElseThrow());
        by.setValue(offered.stream().filter(e -> e.userId() == replacement.getId()).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("appeal-replace-" + appeal)));
        // the tab shows the new reviewer among those still to answer (the pool's people share one name: by id)
        @SuppressWarnings("unchecked")
        Select<AppealViews.Opinion> after = _get(Select.class, s -> s.withId("appeal-replace-who-" + appeal));
        assertThat(after.getListDataView().getItems()).extracting(AppealViews.Opinion::reviewerId)
                .containsExactlyInAnyOrder(replacement.getId(), reviewers.get(1).getId());

        // the review has moved: the new reviewer finds it, the silent one no longer does
        login(replacement.getEmail());
        UI.getCurrent().navigate("appeals/" + appeal + "/review");
        assertThat(pageText()).contains("The panel overlooked our pilot results.", it("appeal.review.give"));
        login(silent.getEmail());
        UI.getCurrent().navigate("appeals/" + appeal + "/review");
        assertThat(pageText()).doesNotContain("The panel overlooked our pilot results.");
    }

    @Test
    void othersCannotOpenOrSeeTheAppeal() {
        long appeal = driver.appealReviewed(proposal, List.of(reviewers.getFirst()), false);
        login(panelMember.getEmail());
        UI.getCurrent().navigate("appeals/" + appeal + "/review");
        assertThat(pageText()).as("a panel member is not a reviewer").doesNotContain("The panel overlooked our pilot results.");
        login(applicant.getEmail());
        assertThatThrownBy(() -> UI.getCurrent().navigate("appeals/" + appeal + "/review"))
                .isInstanceOf(MockAccessDeniedException.class);

        // past the window, the applicant of another proposal reads when it ended
        long late = driver.openChallenge("Late appeal", 1, false, 5);
        UserAccount someone = driver.applicant();
        long lateProposal = driver.evaluatedAndPublished(late, someone, List.of(panelMember));
        driver.publishedDaysAgo(late, 6);
        login(someone.getEmail());
        UI.getCurrent().navigate("results/" + lateProposal);
        var side = driver.appeals.forApplicant(lateProposal).orElseThrow();
        assertThat(pageText()).contains(t("appeal.applicant.closed", Times.format(side.deadline(), Locale.ENGLISH)))
                .doesNotContain(t("appeal.applicant.file"));
    }

    private void appealsTab() {
        UI.getCurrent().navigate("evaluation/" + challenge);
        selectTab("evaluation.tab.appeals");
        // the tab sheet swaps its content before the response
        MockVaadin.clientRoundtrip(false);
    }

    private static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close();
    }

    private String it(String key, Object... params) {
        return translations.get(key, IT, params);
    }
}
