package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.progress.BoardRow;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.eligibility.EligibilityItem;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.results.RankingView;
import it.convergo.proposal.FirmProposals;
import it.convergo.proposal.ProposalRow;
import it.convergo.proposal.StaffConflicts;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Conflicted firm staff: a manager declares a conflict with one proposal on its page; from then on the
 * services answer "not found" for it (content, files, eligibility, panel, consensus, decision, report) and
 * leave it out of every list (proposals, eligibility, panels, board, ranking, audit), while a colleague carries on.
 */
class StaffConflictsTest extends KaribuTest {

    @Autowired PathDriver driver;
    @Autowired StaffConflicts staffConflicts;
    @Autowired FirmProposals firmProposals;
    @Autowired BoardService board;
    @Autowired RankingBasisService rankingBases;
    @Autowired it.convergo.evaluation.progress.FirmWaiting firmWaiting;

    @Test
    void aConflictedManagerNoLongerSeesTheProposalItsScoresOrItsDiscussion() throws java.io.IOException {
        long challenge = driver.openChallenge("Staff", 1);
        long hidden = driver.submit(driver.applicant(), challenge);
        long other = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        UserAccount manager = driver.manager();
        UserAccount conflicted = driver.challenges.colleagueOf(manager);

        // who may not declare, and bad input
        driver.challenges.signIn(driver.challenges.firmManager());
        assertRefused(() -> staffConflicts.declare(hidden, "I know them"), "error.notFound");
        driver.challenges.signIn(driver.applicant());
        assertThatThrownBy(() -> staffConflicts.declare(hidden, "I know them")).isNotInstanceOf(UserFacingException.class);
        driver.challenges.signIn(conflicted);
        assertRefused(() -> staffConflicts.declare(hidden, "  "), "proposal.staffConflict.error.reason");
        assertThat(staffConflicts.isHiddenFromMe(hidden)).isFalse();

        // the manager declares it on the proposal's page, and the page no longer shows it
        login(conflicted.getEmail());
        UI.getCurrent().navigate("proposals/" + hidden + "/view");
        _click(_get(Button.class, s -> s.withText(t("proposal.staffConflict.button"))));
        Dialog dialog = _get(Dialog.class);
        UserInput.set(_get(dialog, TextArea.class, s -> s.withLabel(t("proposal.staffConflict.reason"))),
                "My brother founded this start-up");
        _click(_get(dialog, Button.class, s -> s.withText(t("proposal.staffConflict.confirm"))));
        UI.getCurrent().navigate("proposals/" + hidden + "/view");
        assertThat(pageText()).contains(t("error.notFound.title")).doesNotContain("My brother");

        // content, files and lists
        assertRefused(() -> firmProposals.forFirm(hidden), "error.notFound");
        assertRefused(() -> firmProposals.dossierForFirm(hidden), "error.notFound");
        assertThat(firmProposals.forFirm(challenge, PageRequest.of(0, 20))).extracting(ProposalRow::id)
                .containsExactly(other);
        assertThat(firmProposals.countForFirm(challenge)).isEqualTo(1);
        assertThat(driver.eligibility.items(challenge)).extracting(EligibilityItem::proposalId).containsExactly(other);
        assertRefused(() -> driver.eligibility.decide(challenge, List.of(hidden), true, null, null), "error.notFound");
        assertRefused(() -> board.diagram(hidden), "error.notFound");
        // the landing page's figures leave it out too: one proposal waits for eligibility, not two
        assertThat(firmWaiting.of(List.of(challenge)).get(challenge).eligibility()).isEqualTo(1);
        driver.challenges.signIn(manager);
        assertThat(firmWaiting.of(List.of(challenge)).get(challenge).eligibility()).isEqualTo(2);

        // a colleague carries the evaluation to the ranking
        int criteria = driver.criteria(challenge);
        UserAccount evaluator = driver.evaluators(1).getFirst();
        for (long p : List.of(hidden, other)) {
            driver.eligible(challenge, p);
            driver.assign(p, List.of(evaluator));
            driver.declare(evaluator, challenge, p, false);
            driver.challenges.signIn(evaluator);
            driver.scoring.submit(p, PathDriver.sheet(criteria, "4", "Reasoned comment"), -1);
            var view = driver.consensus.view(p);
            driver.consensus.complete(p, PathDriver.sheet(criteria, "4", "Panel view"), null, view.version());
        }
        driver.challenges.signIn(manager);
        // the deciding ranking: nothing shown before the choice; chosen once; another firm may not
        assertThat(driver.results.ranking(challenge).basisChosen()).isFalse();
        assertThat(driver.results.ranking(challenge).rows()).isEmpty();
        assertThat(driver.results.ranking(challenge).scales()).isEmpty();
        rankingBases.choose(challenge, RankingBasis.RAW);
        rankingBases.choose(challenge, RankingBasis.RAW);
        assertRefused(() -> rankingBases.choose(challenge, RankingBasis.NORMALISED), "evaluation.calibration.error.chosen");
        assertThat(driver.results.ranking(challenge).normalised()).hasSize(2);
        assertThat(driver.results.ranking(challenge).scales()).singleElement()
                .satisfies(sc -> assertThat(sc.evaluations()).isEqualTo(2));
        assertThat(board.audit(challenge)).extracting(AuditEvent::getAction).containsOnlyOnce("evaluation.rankingBasis");
        driver.challenges.signIn(driver.challenges.firmManager());
        assertRefused(() -> rankingBases.choose(challenge, RankingBasis.NORMALISED), "error.notFound");
        driver.challenges.signIn(manager);
        assertThat(driver.results.ranking(challenge).rows()).extracting(r -> r.entry().proposalId())
                .containsExactlyInAnyOrder(hidden, other);
        assertThat(board.audit(challenge)).extracting(AuditEvent::getAction).contains("proposal.staffConflict");

        assertThat(firmWaiting.of(List.of(challenge)).get(challenge).toDecide()).isEqualTo(2);

        // the conflicted manager: no scores, no discussion, no decision, no report, no panel, no trace in lists
        driver.challenges.signIn(conflicted);
        assertThat(firmWaiting.of(List.of(challenge)).get(challenge).toDecide()).as("on the landing page").isEqualTo(1);
        assertThat(firmWaiting.of(List.of(challenge)).get(challenge).eligibility()).isZero();
        RankingView ranking = driver.results.ranking(challenge);
        assertThat(ranking.rows()).extracting(r -> r.entry().proposalId()).containsExactly(other);
        assertRefused(() -> driver.consensus.view(hidden), "error.notFound");
        assertRefused(() -> driver.panels.panel(hidden), "error.notFound");
        assertRefused(() -> driver.panels.candidates(hidden), "error.notFound");
        assertRefused(() -> driver.results.decide(hidden, Outcome.WINNER, null), "error.notFound");
        assertRefused(() -> driver.results.report(hidden, Locale.ENGLISH), "error.notFound");
        assertThat(board.board(challenge)).extracting(BoardRow::proposalId).containsExactly(other);
        assertThat(board.audit(challenge)).extracting(AuditEvent::getSubject).doesNotContain("proposal:" + hidden);
        assertThat(driver.results.rankingCsv(challenge, Locale.ENGLISH)).doesNotContain(String.valueOf(hidden) + ",");
        try (var xlsx = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(driver.results.rankingXlsx(challenge, Locale.ENGLISH)))) {
            assertThat(xlsx.getFirstSheet().read()).extracting(r -> r.getCellText(1)).doesNotContain(String.valueOf(hidden));
        }

        // the other proposal's page still offers the declaration, in Italian too
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("proposals/" + other + "/view");
        _get(Button.class, s -> s.withText(translations.get("proposal.staffConflict.button", Locale.ITALIAN)));
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessage(key);
    }
}
