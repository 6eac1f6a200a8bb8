package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import it.convergo.evaluation.results.RankingBasis;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation screens driven as their users: the evaluator declares, scores and submits; the firm
 * decides eligibility from its grid. In a blind challenge nothing the evaluator sees, downloads or receives
 * by e-mail names the applicant.
 */
class EvaluationViewsTest extends KaribuTest {

    @Autowired ChallengeFixtures challenges;
    @Autowired ProposalFixtures proposalFixtures;
    @Autowired SubmittedProposals proposals;
    @Autowired ProposalUploads uploads;
    @Autowired AccountFixtures accounts;
    @Autowired EligibilityService eligibility;
    @Autowired PanelService panels;
    @Autowired ScoringService scoring;
    @Autowired MailService mail;

    UserAccount manager;
    UserAccount applicant;
    UserAccount evaluator;
    long challenge;
    long proposal;

    /** A blind challenge, closed, with one proposal (PDF attached, author metadata set) assigned to a panel. */
    @BeforeEach
    void closedBlindChallengeWithAPanel() throws Exception {
        manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Blind"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(2);
        draft.setBlindEvaluation(true);
        challenge = challenges.publishAndOpen(draft);

        Organisation applicantOrg = accounts.organisation("Officina Segreta", OrganisationType.SME);
        applicant = accounts.user("segreto", applicantOrg, Role.APPLICANT);
        proposal = proposalFixtures.complete(applicant, challenge);
        Path pdf = Files.createTempFile("plan", ".pdf");
        Files.write(pdf, TestPdfs.pdf(2, "Work plan", doc -> doc.getDocumentInformation().setAuthor(applicant.getFullName())));
        uploads.upload(proposal, null, "work-plan.pdf", pdf);
        proposalFixtures.submit(proposal);

        Organisation jury = accounts.organisation("Jury", OrganisationType.RESEARCH_CENTRE);
        evaluator = accounts.user("blindeval", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount second = accounts.user("blindeval2", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(proposal), true, null, null);
        panels.assign(proposal, List.of(evaluator.getId(), second.getId()), evaluator.getId(),
                Instant.now().plus(10, ChronoUnit.DAYS));
        challenges.signOut();
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theFirmManagerLandsOnWhatWaitsForThemWithCountsPerChallenge() {
        // a second closed challenge with two proposals waiting for the eligibility decision
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Waiting"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        long waiting = challenges.publishAndOpen(draft);
        for (String who : List.of("attesa1", "attesa2")) {
            Organisation org = accounts.organisation("Officina " + who, OrganisationType.SME);
            long p = proposalFixtures.complete(accounts.user(who, org, Role.APPLICANT), waiting);
            proposalFixtures.submit(p);
        }
        challenges.fireLifecycleTimer(waiting);
        challenges.signOut();
        // the blind challenge's two evaluators are past their due date, then its one proposal is decided
        jdbc.update("update evaluation_assignment set due_at = ? where proposal_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), proposal);

        login(manager.getEmail());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("FirmLandingView");
        assertThat(pageText()).contains(t("evaluation.firm.title"), t("evaluation.firm.eligibility", 2L),
                t("evaluation.firm.late", 2L)).doesNotContain(t("evaluation.firm.ready"));
        assertThat(t("evaluation.firm.eligibility", 2L)).isEqualTo("2 proposals wait for your eligibility decision");

        jdbc.update("update evaluation_assignment set due_at = ?, status = 'SUBMITTED' where proposal_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), proposal);
        // evaluated (final scores), not decided yet: the firm's decision is waited for
        jdbc.update("insert into consensus (version, proposal_id, challenge_id, rapporteur_id, divergent, status, completed_at) "
                + "values (0, ?, ?, ?, false, 'COMPLETED', ?)", proposal, challenge, evaluator.getId(), java.sql.Timestamp.from(Instant.now()));
        UI.getCurrent().navigate("firm/proposals");
        UI.getCurrent().navigate("firm");
        assertThat(pageText()).contains(t("evaluation.firm.toDecide", 1L)).doesNotContain(t("evaluation.firm.ready"));
        assertThat(t("evaluation.firm.toDecide", 1L)).isEqualTo("1 evaluated proposal waits for your decision");
        jdbc.update("insert into proposal_decision (version, proposal_id, challenge_id, outcome, decided_at) values (0, ?, ?, ?, ?)",
                proposal, challenge, it.convergo.evaluation.results.Outcome.values()[0].name(), java.sql.Timestamp.from(Instant.now()));
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("firm");
        assertThat(pageText()).contains(translations.get("evaluation.firm.ready", java.util.Locale.ITALIAN),
                        "2 proposte attendono la tua decisione di idoneità")
                .doesNotContain(translations.get("evaluation.firm.toDecide", java.util.Locale.ITALIAN, 1L))
                .doesNotContain(translations.get("evaluation.firm.late.other", java.util.Locale.ITALIAN).substring(4));
    }

    @Test
    void onAPhoneEachProposalOfTheInboxIsACardWithTitleChallengeStepAndDueDate() {
        login(evaluator.getEmail());
        UI.getCurrent().navigate("evaluate");
        @SuppressWarnings("unchecked")
        Grid<InboxItem> inbox = _get(Grid.class);
        assertThat(inbox.getColumnByKey("card").isVisible()).as("a desk (or an unknown width) shows the grid").isFalse();
        InboxItem item = GridKt._get(inbox, 0);
        com.vaadin.flow.component.Component card = GridKt._getCellComponent(inbox, 0, "card");
        assertThat(card.getElement().getClassList()).contains("cv-proposal-card");
        assertThat(card.getElement().getChildren()).anyMatch(c -> c.getClassList().contains("cv-proposal-card-line"));
        assertThat(card.getElement().getTextRecursively()).contains(item.proposalTitle(), item.challengeTitle(),
                t(item.step().labelKey()),
                it.convergo.base.Times.format(item.dueAt(), UI.getCurrent().getLocale()));
    }

    @Test
    void evaluatorDeclaresScoresAndSubmitsWithoutEverSeeingWhoApplied() throws Exception {
        Set<String> identity = proposals.identityTerms(proposal);
        assertThat(identity).isNotEmpty();
        login(evaluator.getEmail());

        UI.getCurrent().navigate("evaluate");
        @SuppressWarnings("unchecked")
        Grid<InboxItem> inbox = _get(Grid.class);
        assertThat(GridKt._size(inbox)).isEqualTo(1);
        assertThat(GridKt._get(inbox, 0).step()).isEqualTo(InboxItem.Step.DECLARE);
        GridKt._clickItem(inbox, 0);

        _click(_get(Button.class, s -> s.withText(t("evaluation.confidentiality.accept"))));
        // blind: the declaration says the applicant is hidden and asks about the topic, naming no one
        String declaration = pageText();
        assertThat(declaration).contains(t("evaluation.conflict.blind"), t("evaluation.conflict.topic"));
        identity.forEach(term -> assertThat(declaration).as("blind declaration leaks %s", term).doesNotContainIgnoringCase(term));
        // "no conflict" is not one irreversible click: it asks first, and cancelling changes nothing
        _click(_get(Button.class, s -> s.withText(t("evaluation.conflict.none"))));
        ConfirmDialog sure = _get(ConfirmDialog.class);
        sure.close();
        assertThat(pageText()).contains(t("evaluation.conflict.title")).doesNotContain(t("evaluation.sheet.title"));
        _click(_get(Button.class, s -> s.withText(t("evaluation.conflict.none"))));
        ConfirmDialog noConflict = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(noConflict, new ConfirmDialog.ConfirmEvent(noConflict, true));
        noConflict.close();
        String page = pageText();
        assertThat(page).contains(t("evaluation.sheet.title"), t("evaluation.reader.abstract"));
        identity.forEach(term -> assertThat(page).as("blind page leaks %s", term).doesNotContainIgnoringCase(term));

        // an incomplete submit is refused with the reason, nothing is stored
        @SuppressWarnings("unchecked")
        List<Select<BigDecimal>> scores = (List<Select<BigDecimal>>) (List<?>) _find(Select.class, s -> s.withoutClasses("cv-language"));
        assertThat(scores).hasSize(3);
        _click(_get(Button.class, s -> s.withText(t("evaluation.sheet.submit"))));
        ConfirmDialog incomplete = _get(ConfirmDialog.class);
        assertThatThrownBy(() -> ComponentUtil.fireEvent(incomplete, new ConfirmDialog.ConfirmEvent(incomplete, true)))
                .as("refused for the error handler to tell").hasMessage("evaluation.error.scoreMissing");
        incomplete.close();
        assertThat(scoring.form(proposal).submitted()).isFalse();

        for (Select<BigDecimal> score : scores) {
            UserInput.set(score, new BigDecimal("3.5"));
        }
        for (TextArea comment : _find(TextArea.class)) {
            UserInput.set(comment, "Clear objectives and a realistic pilot plan.");
        }
        _click(_get(Button.class, s -> s.withText(t("evaluation.sheet.save"))));
        _click(_get(Button.class, s -> s.withText(t("evaluation.sheet.submit"))));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(scoring.form(proposal).submitted()).isTrue();
        assertThat(pageText()).contains(t("evaluation.sheet.locked"));

        // downloads: the attachment and the dossier carry no author metadata and no applicant identity
        var file = scoring.form(proposal).content().files().getFirst();
        assertThat(file.fileName()).doesNotContain("work-plan");
        try (var doc = Loader.loadPDF(scoring.file(proposal, file.fileId()))) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
        }
        String dossier = String.join("\n", TestPdfs.lines(scoring.dossier(proposal)));
        identity.forEach(term -> assertThat(dossier).as("blind dossier leaks %s", term).doesNotContainIgnoringCase(term));

        // e-mails the evaluator received
        for (OutboxMessage m : mail.sentTo(evaluator.getEmail())) {
            identity.forEach(term -> assertThat(m.getSubject() + m.getBody()).doesNotContainIgnoringCase(term));
        }
    }

    @Test
    void anOpenChallengeSaysWhoAppliedBeforeTheEvaluatorDeclares() throws Exception {
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Open"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(1);
        draft.setBlindEvaluation(false);
        long open = challenges.publishAndOpen(draft);
        Organisation org = accounts.organisation("Officina Aperta", OrganisationType.SME);
        UserAccount lead = accounts.user("aperto", org, Role.APPLICANT);
        long openProposal = proposalFixtures.complete(lead, open);
        proposalFixtures.submit(openProposal);
        challenges.fireLifecycleTimer(open);
        challenges.signIn(manager);
        eligibility.decide(open, List.of(openProposal), true, null, null);
        panels.assign(openProposal, List.of(evaluator.getId()), evaluator.getId(), Instant.now().plus(10, ChronoUnit.DAYS));
        challenges.signOut();

        login(evaluator.getEmail());
        UI.getCurrent().navigate("evaluate/" + openProposal);
        _click(_get(Button.class, s -> s.withText(t("evaluation.confidentiality.accept"))));
        assertThat(pageText()).contains(t("evaluation.conflict.applicant"), "Officina Aperta", t("evaluation.conflict.lead"),
                lead.getFullName()).doesNotContain(t("evaluation.conflict.blind"));
        _click(_get(Button.class, s -> s.withText(t("evaluation.conflict.none"))));
        ConfirmDialog sure = _get(ConfirmDialog.class);
        assertThat(sure.getElement().getProperty("message")).contains("Officina Aperta");
        ComponentUtil.fireEvent(sure, new ConfirmDialog.ConfirmEvent(sure, true));
        assertThat(pageText()).contains(t("evaluation.sheet.title"));
        logout();

        // the firm's audit tab tells what happened in words: no raw action, subject or status code
        login(manager.getEmail());
        UI.getCurrent().navigate("evaluation/" + open);
        TabSheet tabs = _get(TabSheet.class);
        selectTab("evaluation.tab.audit");
        @SuppressWarnings("unchecked")
        Grid<it.convergo.audit.AuditEvent> audit = _get(Grid.class, s -> s.withId("evaluation-audit"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < GridKt._size(audit); i++) {
            rows.append(String.join(" | ", GridKt._getFormattedRow(audit, i))).append('\n');
        }
        assertThat(rows.toString()).contains(t("evaluation.audit.action.evaluation.noConflict"),
                        t("evaluation.audit.action.evaluation.assigned"), t("proposal.status.UNDER_EVALUATION"), evaluator.getFullName())
                .doesNotContain("evaluation.noConflict", "proposal:" + openProposal, "UNDER_EVALUATION", "ELIGIBLE");
    }

    /** Italian screens write decimals with a comma: the scale "in passi di 0,5", never "0.5". */
    @Test
    void italianScoreSheetUsesTheDecimalComma() {
        login(evaluator.getEmail());
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        UI.getCurrent().navigate("evaluate/" + proposal);
        _click(_get(Button.class, s -> s.withText(translations.get("evaluation.confidentiality.accept", java.util.Locale.ITALIAN))));
        _click(_get(Button.class, s -> s.withText(translations.get("evaluation.conflict.none", java.util.Locale.ITALIAN))));
        ConfirmDialog sure = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(sure, new ConfirmDialog.ConfirmEvent(sure, true));
        sure.close();
        assertThat(pageText()).contains("0,5").doesNotContain("0.5");
    }

    @Test
    void othersAreRefused() {
        login(challenges.applicant().getEmail());
        assertThatThrownBy(() -> UI.getCurrent().navigate("evaluate/" + proposal)).isInstanceOf(MockAccessDeniedException.class);
        logout();
        UserAccount stranger = accounts.user("stranger", null, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        login(stranger.getEmail());
        UI.getCurrent().navigate("evaluate/" + proposal);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        logout();
        login(challenges.firmManager().getEmail());
        UI.getCurrent().navigate("evaluation/" + challenge);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as("another firm").isEqualTo("NotFoundView");
        assertThat(_find(Anchor.class, s -> s.withText(t("evaluation.ranking.xlsx")))).as("no export for others").isEmpty();
    }

    @Test
    void thePanelsTabOffersThePanelsAsCsvAndXlsxInBothLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.ITALIAN)) {
            login(manager.getEmail());
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("evaluation");
            UI.getCurrent().navigate("evaluation/" + challenge);
            TabSheet tabs = _get(TabSheet.class);
            tabs.setSelectedIndex(1);
            assertThat(tabs.getComponent(tabs.getSelectedTab()).getElement().getTextRecursively())
                    .contains(translations.get("evaluation.panels.export.title", locale));
            assertThat(_get(Anchor.class, s -> s.withId("evaluation-panels-xlsx")).getText())
                    .isEqualTo(translations.get("export.xlsx", locale));
            assertThat(_get(Anchor.class, s -> s.withId("evaluation-panels-csv")).getText())
                    .isEqualTo(translations.get("export.csv", locale));
            logout();
        }
    }

    @Test
    void firmSeesItsEvaluationTabsAndRanking() {
        login(manager.getEmail());
        UI.getCurrent().navigate("evaluation");
        assertThat(pageText()).contains(t("evaluation.overview.title"));
        UI.getCurrent().navigate("evaluation/" + challenge);
        TabSheet tabs = _get(TabSheet.class);
        @SuppressWarnings("unchecked")
        Grid<it.convergo.evaluation.eligibility.EligibilityItem> items = _get(Grid.class);
        assertThat(GridKt._get(items, 0).eligible()).isTrue();
        tabs.setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<it.convergo.evaluation.progress.BoardRow> board = _get(Grid.class, s -> s.withId("evaluation-board"));
        assertThat(GridKt._get(board, 0).steps()).contains(EvaluationTask.CONFLICT_CHECK);
        // readable at 1280 px: cells wrap, each panel member on a line with what they still owe, translated
        assertThat(board.getThemeNames()).contains("wrap-cell-content");
        String panel = GridKt._getCellComponent(board, 0, "panel").getElement().getTextRecursively();
        assertThat(panel).contains(evaluator.getFullName(), t("evaluation.member.ASSIGNED"));
        assertThat(GridKt._getCellComponent(board, 0, "panel").getChildren().count()).isEqualTo(2);
        // why the ranking is not open: the proposal waits for both evaluators' declarations, named
        @SuppressWarnings("unchecked")
        Grid<it.convergo.evaluation.progress.ReadinessReport.Waiting> why = _get(Grid.class, s -> s.withId("evaluation-readiness"));
        assertThat(GridKt._size(why)).isEqualTo(1);
        assertThat(GridKt._get(why, 0).proposalId()).isEqualTo(proposal);
        String progress = tabs.getComponent(tabs.getSelectedTab()).getElement().getTextRecursively();
        assertThat(progress).contains(t("evaluation.readiness.title"), t("evaluation.readiness.summary", 1, 1));
        assertThat(String.join(" | ", GridKt._getFormattedRow(why, 0)))
                .contains(t("evaluation.readiness.DECLARATION"), evaluator.getFullName());
        selectTab("evaluation.tab.ranking");
        assertThat(tabs.getComponent(tabs.getSelectedTab()).getElement().getTextRecursively())
                .contains(t("evaluation.ranking.notReady"), t("evaluation.calibration.chooseTitle"),
                        t("evaluation.calibration.explain"));
        // no ranking before the deciding one is chosen; nothing chosen is refused on the field
        assertThat(_find(Grid.class, s -> s.withId("evaluation-ranking"))).isEmpty();
        assertThat(_find(Anchor.class, s -> s.withText(t("evaluation.ranking.xlsx")))).as("no export before the ranking").isEmpty();
        _click(_get(Button.class, s -> s.withText(t("evaluation.calibration.confirm"))));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RankingBasis> basis = _get(RadioButtonGroup.class, s -> s.withLabel(t("evaluation.calibration.choose")));
        assertThat(basis.isInvalid()).isTrue();
        UserInput.set(basis, RankingBasis.NORMALISED);
        _click(_get(Button.class, s -> s.withText(t("evaluation.calibration.confirm"))));
        ConfirmDialog confirmBasis = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirmBasis, new ConfirmDialog.ConfirmEvent(confirmBasis, true));
        assertThat(tabs.getComponent(tabs.getSelectedTab()).getElement().getTextRecursively())
                .contains(t("evaluation.calibration.deciding", t("evaluation.calibration.basis.NORMALISED")),
                        t("evaluation.calibration.normalisedTitle"));
        _get(Grid.class, s -> s.withId("evaluation-normalised"));
        @SuppressWarnings("unchecked")
        Grid<it.convergo.evaluation.results.RankingView.Row> ranking = _get(Grid.class, s -> s.withId("evaluation-ranking"));
        assertThat(ranking.getThemeNames()).contains("wrap-cell-content");
        // the outcome column fits the longest outcome whatever is decided yet, so deciding does not push it off
        assertThat(ranking.getColumnByKey("outcome").getWidth()).isEqualTo("11em");
        assertThat(ranking.getColumns()).as("rank, proposal with organisation, 3 criteria, total, outcome").hasSize(7);
        // the ranking's exports side by side: the CSV and the same table as XLSX (the view is the firm's only)
        Anchor csv = _get(Anchor.class, s -> s.withText(t("evaluation.ranking.csv")));
        Anchor xlsx = _get(Anchor.class, s -> s.withText(t("evaluation.ranking.xlsx")));
        assertThat(xlsx.getParent()).isEqualTo(csv.getParent());
        assertThat(xlsx.getElement().hasAttribute("download")).isTrue();
        tabs.setSelectedIndex(1);
        assertThat(tabs.getComponent(tabs.getSelectedTab()).getElement().getTextRecursively())
                .contains(t("evaluation.panels.none"));
    }
}
