package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import it.convergo.account.UserAccount;
import it.convergo.evaluation.results.ConstrainedSelection.Constraints;
import it.convergo.evaluation.results.ConstrainedSelection.Limit;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.results.SelectionService;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Selection under constraints on an evaluated challenge: three proposals, the best one too expensive for the
 * budget cap; the firm sees the plain top next to the best selection under the cap and what the cap costs.
 */
class SelectionViewsTest extends KaribuTest {

    @Autowired PathDriver driver;
    @Autowired ProposalDrafts drafts;
    @Autowired RankingBasisService bases;
    @Autowired SelectionService selection;

    @Test
    void theFirmComparesTheTopOfTheRankingWithTheBestSelectionUnderABudgetCap() throws Exception {
        long challenge = driver.openChallenge("Selection", 1);
        long expensive = proposal(challenge, "900000");
        long middle = proposal(challenge, "40000");
        long cheap = proposal(challenge, "30000");
        driver.close(challenge);
        UserAccount evaluator = driver.evaluators(1).getFirst();
        int criteria = driver.criteria(challenge);
        String[] scores = {"5", "4.5", "4"};
        List<Long> all = List.of(expensive, middle, cheap);
        for (int i = 0; i < all.size(); i++) {
            long p = all.get(i);
            driver.eligible(challenge, p);
            driver.assign(p, List.of(evaluator));
            driver.declare(evaluator, challenge, p, false);
            driver.scoring.submit(p, PathDriver.sheet(criteria, scores[i], "Reasoned"), -1);
            driver.consensus.complete(p, PathDriver.sheet(criteria, scores[i], "Panel view"), null, driver.consensus.view(p).version());
        }
        driver.challenges.signIn(driver.manager());
        bases.choose(challenge, RankingBasis.RAW);

        var view = selection.select(challenge, new Constraints(2, new BigDecimal("100000"), null, null));
        assertThat(view.outcome().plain().proposalIds()).containsExactly(expensive, middle);
        assertThat(view.outcome().constrained().proposalIds()).containsExactly(middle, cheap);
        assertThat(view.outcome().costs()).singleElement().satisfies(c -> assertThat(c.limit()).isEqualTo(Limit.BUDGET));
        assertThat(view.lines()).hasSize(3);

        login(driver.manager().getEmail());
        UI.getCurrent().navigate("evaluation/" + challenge);
        selectTab("evaluation.tab.ranking");
        UserInput.set(_get(IntegerField.class, s -> s.withLabel(t("evaluation.selection.winners"))), 2);
        UserInput.set(_get(BigDecimalField.class, s -> s.withLabel(t("evaluation.selection.budgetCap"))), new BigDecimal("100000"));
        _click(_get(Button.class, s -> s.withId("evaluation-selection-compute")));
        @SuppressWarnings("unchecked")
        Grid<SelectionService.Line> grid = _get(Grid.class, s -> s.withId("evaluation-selection-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 0).inPlain()).isTrue();
        assertThat(GridKt._get(grid, 0).inConstrained()).isFalse();
        String text = _get(TabSheet.class).getElement().getTextRecursively();
        // weighted totals of three criteria: 15, 13.5 and 12; the cap leaves out the best and costs 3 points
        assertThat(text).contains(t("evaluation.selection"), t("evaluation.selection.plain", 2, "28.5", "940.000\u00a0€"),
                t("evaluation.selection.constrained", 2, "25.5", "70.000\u00a0€"), t("evaluation.selection.cost.budget", "3"));
    }

    @Test
    void onlyTheFirmSeesTheSelection() {
        long challenge = driver.openChallenge("Selection refused", 1);
        driver.challenges.signIn(driver.evaluators(1).getFirst());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> selection.select(challenge, new Constraints(1, null, null, null)))
                .isInstanceOfAny(AccessDeniedException.class, it.convergo.base.UserFacingException.class);
    }

    private long proposal(long challenge, String budget) {
        long id = driver.proposalFixtures.complete(driver.applicant(), challenge);
        ProposalDraft d = drafts.draft(id);
        d.setBudget(new BigDecimal(budget));
        drafts.save(d);
        driver.proposalFixtures.submit(id);
        return id;
    }
}
