package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.panel.PanelCandidate;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.scoring.ReviewQuality;
import it.convergo.evaluation.scoring.ReviewRatings;
import it.convergo.proposal.ProposalSummary;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review quality: the rapporteur rates the other members' reviews and the firm rates any; the evaluator reads
 * the rating of their own review; the firm sees each evaluator's record when composing the next panel.
 */
class ReviewQualityTest extends KaribuTest {

    @Autowired PathDriver driver;
    @Autowired ReviewRatings ratings;
    @Autowired BoardService board;

    @Test
    void theRapporteurAndTheFirmRateReviewsTheEvaluatorSeesItTheFirmSeesTheRecord() {
        long challenge = driver.openChallenge("Quality", 2);
        long rated = driver.submit(driver.applicant(), challenge);
        long next = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        UserAccount manager = driver.manager();
        List<UserAccount> panel = List.of(driver.accounts.user("qualrap", null, java.util.Set.of(it.convergo.base.TechnologyArea.ROBOTICS),
                it.convergo.account.Role.EVALUATOR), driver.accounts.user("qualeval", null,
                java.util.Set.of(it.convergo.base.TechnologyArea.ROBOTICS), it.convergo.account.Role.EVALUATOR));
        UserAccount rapporteur = panel.get(0);
        UserAccount member = panel.get(1);
        int criteria = driver.criteria(challenge);
        driver.eligible(challenge, rated);
        driver.eligible(challenge, next);
        driver.assign(rated, panel);
        for (UserAccount e : panel) {
            driver.declare(e, challenge, rated, false);
            driver.challenges.signIn(e);
            driver.scoring.submit(rated, PathDriver.sheet(criteria, "4", "Reasoned comment"), -1);
        }

        // who may rate: the rapporteur (not their own review), the firm; nobody else
        driver.challenges.signIn(rapporteur);
        ratings.rate(rated, member.getId(), ReviewQuality.POOR);
        assertRefused(() -> ratings.rate(rated, rapporteur.getId(), ReviewQuality.HELPFUL), "evaluation.quality.error.own");
        assertRefused(() -> ratings.rate(rated, member.getId(), null), "evaluation.quality.error.choose");
        driver.challenges.signIn(member);
        assertRefused(() -> ratings.rate(rated, rapporteur.getId(), ReviewQuality.POOR), "error.notFound");
        assertRefused(() -> ratings.on(rated), "error.notFound");
        assertThat(ratings.mine(rated)).contains(ReviewQuality.POOR);
        driver.challenges.signIn(driver.challenges.firmManager());
        assertRefused(() -> ratings.rate(rated, member.getId(), ReviewQuality.HELPFUL), "error.notFound");
        assertRefused(() -> ratings.history(challenge, List.of(member.getId())), "error.notFound");
        driver.challenges.signIn(manager);
        ratings.rate(rated, rapporteur.getId(), ReviewQuality.HELPFUL);
        assertThat(ratings.on(rated)).containsEntry(member.getId(), ReviewQuality.POOR)
                .containsEntry(rapporteur.getId(), ReviewQuality.HELPFUL);
        assertThat(board.audit(challenge)).extracting(AuditEvent::getAction).contains("evaluation.reviewRated");

        // the evaluator reads the rating on their review, in English and Italian
        login(member.getEmail());
        UI.getCurrent().navigate("evaluate/" + rated);
        assertThat(pageText()).contains(t("evaluation.quality.yours", t("evaluation.quality.POOR")));
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("evaluate");
        UI.getCurrent().navigate("evaluate/" + rated);
        assertThat(pageText()).contains(translations.get("evaluation.quality.yours", Locale.ITALIAN,
                translations.get("evaluation.quality.POOR", Locale.ITALIAN)));
        assertThat(pageText()).doesNotContain(translations.get("evaluation.quality.title", Locale.ITALIAN));

        // the rapporteur changes the rating on the consensus page
        logout();
        login(rapporteur.getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("consensus/" + rated);
        assertThat(pageText()).contains(t("evaluation.quality.title"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReviewQuality> rating = _get(RadioButtonGroup.class, s -> s.withLabel(member.getFullName()));
        assertThat(rating.getValue()).isEqualTo(ReviewQuality.POOR);
        UserInput.set(rating, ReviewQuality.ADEQUATE);
        driver.challenges.signIn(manager);
        assertThat(ratings.on(rated)).containsEntry(member.getId(), ReviewQuality.ADEQUATE);

        // the firm composes the next panel with each evaluator's record
        assertThat(ratings.history(challenge, List.of(member.getId(), rapporteur.getId())))
                .hasEntrySatisfying(member.getId(), h -> assertThat(h.rated()).isEqualTo(1))
                .hasEntrySatisfying(rapporteur.getId(), h -> assertThat(h.helpful()).isEqualTo(1));
        logout();
        login(manager.getEmail());
        UI.getCurrent().navigate("evaluation/" + challenge);
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        ComboBox<ProposalSummary> pick = _get(ComboBox.class, s -> s.withLabel(t("evaluation.panels.pick")));
        UserInput.set(pick, pick.getListDataView().getItems().filter(p -> p.id() == next).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<PanelCandidate> grid = _get(Grid.class, s -> s.withId("evaluation-candidates"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).evaluatorId() == member.getId()).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains(t("evaluation.quality.history", 1, 0));
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessage(key);
    }
}
