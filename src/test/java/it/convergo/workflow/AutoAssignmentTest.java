package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.AutoAssignment;
import it.convergo.evaluation.panel.Bid;
import it.convergo.evaluation.panel.BiddingService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.support.KaribuTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm lets the optimiser propose panels, locks and excludes pairs, re-runs and accepts. */
class AutoAssignmentTest extends KaribuTest {

    @Autowired ChallengeFixtures challenges;
    @Autowired ProposalFixtures proposalFixtures;
    @Autowired AccountFixtures accounts;
    @Autowired EligibilityService eligibility;
    @Autowired PanelService panels;
    @Autowired BiddingService bidding;

    @Test
    void proposeLockExcludeRerunAndAccept() {
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Auto"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(2);
        long challenge = challenges.publishAndOpen(draft);
        long p1 = proposalFixtures.submitted(challenges.applicant(), challenge);
        long p2 = proposalFixtures.submitted(challenges.applicant(), challenge);
        var jury = accounts.organisation("AutoJury", OrganisationType.RESEARCH_CENTRE);
        List<UserAccount> evaluators = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            evaluators.add(accounts.user("auto" + i, jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR));
        }
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(p1, p2), true, null, null);

        // a bidding round: the first evaluator has a conflict with p1, on screen
        bidding.open(challenge);
        UserAccount bidder = evaluators.getFirst();
        login(bidder.getEmail());
        UI.getCurrent().navigate("bids/" + challenge);
        @SuppressWarnings("unchecked")
        List<RadioButtonGroup<Bid>> choices = (List<RadioButtonGroup<Bid>>) (List<?>) _find(RadioButtonGroup.class);
        assertThat(choices).hasSize(2);
        it.convergo.support.UserInput.set(choices.get(0), Bid.CONFLICT);
        it.convergo.support.UserInput.set(choices.get(1), Bid.EAGER);
        logout();
        challenges.signIn(manager);
        assertThat(panels.candidates(p1)).filteredOn(c -> c.evaluatorId() == bidder.getId()).singleElement()
                .satisfies(c -> assertThat(c.selectable()).isFalse());
        AutoAssignment withBids = panels.propose(challenge, false, Map.of(), Map.of());
        assertThat(withBids.panels().get(p1)).doesNotContain(bidder.getId());
        assertThat(withBids.panels().get(p2)).contains(bidder.getId());
        bidding.close(challenge);

        // the service honours locked and excluded pairs
        AutoAssignment first = panels.propose(challenge, false, Map.of(), Map.of());
        assertThat(first.feasible()).isTrue();
        assertThat(first.panels().get(p1)).hasSize(2);
        long kept = first.panels().get(p1).get(1);
        long dropped = first.panels().get(p2).get(0);
        AutoAssignment second = panels.propose(challenge, false, Map.of(p1, Set.of(kept)), Map.of(p2, Set.of(dropped)));
        assertThat(second.panels().get(p1)).contains(kept);
        assertThat(second.panels().get(p2)).doesNotContain(dropped);

        // and the firm does it on screen
        login(manager.getEmail());
        UI.getCurrent().navigate("evaluation/" + challenge);
        _get(TabSheet.class).setSelectedIndex(1);
        _click(_get(Button.class, s -> s.withText(t("evaluation.panels.auto"))));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Grid<long[]> pairs = _get(dialog, Grid.class);
        assertThat(GridKt._size(pairs)).isEqualTo(4);
        _click(_get(dialog, Button.class, s -> s.withText(t("evaluation.panels.rerun"))));
        _click(_get(Button.class, s -> s.withText(t("evaluation.panels.accept"))));
        assertThat(panels.waitingForPanel(challenge)).isEmpty();
        assertThat(panels.panel(p1)).hasSize(2).anyMatch(m -> m.rapporteur());
    }
}
