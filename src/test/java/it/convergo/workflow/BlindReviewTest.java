package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
import it.convergo.document.BlindScan;
import it.convergo.document.HostilePdfs;
import it.convergo.document.TestPdfs;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.BoardRow;
import it.convergo.evaluation.scoring.AnonymityReports;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.proposal.ProposalContent;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Blind review end to end, with identities planted everywhere: the applicant's organisation, people, VAT
 * number and file names, and hostile files that carry the identity in every metadata location. Nothing the
 * evaluator sees, downloads (each file, the whole dossier) or receives by e-mail names the applicant. Where
 * the visible text does, the evaluator reports it and the firm sees the report.
 */
class BlindReviewTest extends KaribuTest {

    private static final List<String> PLANTED = List.of("everything at once", "annotation author and popup",
            "marked content replacement text", "font descriptor metadata", "incremental update hiding the first author");

    @Autowired ChallengeFixtures challenges;
    @Autowired ProposalFixtures proposalFixtures;
    @Autowired SubmittedProposals proposals;
    @Autowired ProposalUploads uploads;
    @Autowired AccountFixtures accounts;
    @Autowired EligibilityService eligibility;
    @Autowired PanelService panels;
    @Autowired ScoringService scoring;
    @Autowired AnonymityReports anonymity;
    @Autowired MailService mail;

    UserAccount manager;
    UserAccount evaluator;
    long challenge;
    long proposal;
    List<String> identity;

    @BeforeEach
    void blindChallengeWithAPlantedProposal() throws Exception {
        manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Blind corpus"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(1);
        draft.setBlindEvaluation(true);
        challenge = challenges.publishAndOpen(draft);

        Organisation org = accounts.organisation(HostilePdfs.ORG, OrganisationType.STARTUP);
        UserAccount applicant = accounts.user("ottavia", org, Role.APPLICANT);
        proposal = proposalFixtures.complete(applicant, challenge);
        List<HostilePdfs.Hostile> planted = HostilePdfs.identityEverywhere().stream()
                .filter(h -> PLANTED.contains(h.name())).toList();
        assertThat(planted).hasSize(PLANTED.size());
        for (int i = 0; i < planted.size(); i++) {
            Path file = Files.createTempFile("planted", ".pdf");
            Files.write(file, planted.get(i).bytes());
            uploads.upload(proposal, null, HostilePdfs.ORG + "-offerta-" + applicant.getFullName().replace(' ', '-')
                    + "-" + i + ".pdf", file);
        }
        proposalFixtures.submit(proposal);

        Organisation jury = accounts.organisation("Jury", OrganisationType.RESEARCH_CENTRE);
        evaluator = accounts.user("blindjury", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(proposal), true, null, null);
        panels.assign(proposal, List.of(evaluator.getId()), evaluator.getId(), Instant.now().plus(10, ChronoUnit.DAYS));
        challenges.signOut();
        identity = new ArrayList<>(proposals.identityTerms(proposal));
        identity.addAll(HostilePdfs.IDENTITY);
        assertThat(identity).contains(applicant.getEmail(), applicant.getFullName(), org.getName(), org.getVatNumber())
                .anyMatch(term -> term.startsWith(HostilePdfs.ORG + "-offerta-"));
    }

    private void clearedEvaluator() {
        login(evaluator.getEmail());
        scoring.acceptConfidentiality(challenge);
        scoring.declare(proposal, false, null);
    }

    @Test
    void nothingThatReachesTheEvaluatorNamesTheApplicant() {
        clearedEvaluator();
        UI.getCurrent().navigate("evaluate/" + proposal);
        String page = pageText();
        assertThat(page).contains(t("evaluation.reader.files"), "attachment-");
        assertThat(BlindScan.leaks(page, identity)).as("the evaluation page").isEmpty();

        List<ProposalContent.FileInfo> files = scoring.form(proposal).content().files();
        assertThat(files).hasSize(PLANTED.size()).allSatisfy(f -> assertThat(f.fileName()).matches("attachment-\\d+\\.pdf"));
        for (ProposalContent.FileInfo f : files) {
            assertThat(BlindScan.leaks(scoring.file(proposal, f.fileId()), identity)).as("download %s", f.fileName()).isEmpty();
        }
        byte[] dossier = scoring.dossier(proposal);
        assertThat(BlindScan.leaks(dossier, identity)).as("the dossier").isEmpty();
        assertThat(String.join("\n", TestPdfs.lines(dossier))).contains(files.getFirst().fileName(), HostilePdfs.VISIBLE);

        List<OutboxMessage> mails = mail.sentTo(evaluator.getEmail());
        assertThat(mails).isNotEmpty();
        mails.forEach(m -> assertThat(BlindScan.leaks(m.getSubject() + "\n" + m.getBody(), identity)).isEmpty());
    }

    @Test
    void onlyTheProposalsClearedEvaluatorReportsAndTheNoteHasALimit() {
        login(evaluator.getEmail());
        assertThatThrownBy(() -> anonymity.report(proposal, null)).hasMessage("evaluation.error.declareFirst");
        scoring.acceptConfidentiality(challenge);
        scoring.declare(proposal, false, null);
        assertThatThrownBy(() -> anonymity.report(proposal, "x".repeat(EvaluationLimits.ANONYMITY_NOTE + 1)))
                .hasMessage("evaluation.anonymity.error.noteTooLong");
        logout();
        login(accounts.user("otherjury", null, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR).getEmail());
        assertThatThrownBy(() -> anonymity.report(proposal, null)).hasMessage("error.notFound");
        logout();
        login(manager.getEmail());
        assertThatThrownBy(() -> anonymity.report(proposal, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(anonymity.forChallenge(challenge)).isEmpty();
    }

    @Test
    void theEvaluatorReportsANamedApplicantAndTheFirmSeesIt() {
        clearedEvaluator();
        UI.getCurrent().navigate("evaluate/" + proposal);
        _click(_get(Button.class, s -> s.withText(t("evaluation.anonymity.report"))));
        UserInput.set(_get(TextArea.class, s -> s.withLabel(t("evaluation.anonymity.note"))), "Footer of page 2");
        _click(_get(Button.class, s -> s.withText(t("evaluation.anonymity.send"))));
        assertThat(anonymity.myReport(proposal)).isPresent();
        assertThat(pageText()).contains(t("evaluation.anonymity.reported", "").substring(0, 12))
                .doesNotContain(t("evaluation.anonymity.report"));
        logout();

        login(manager.getEmail());
        UI.getCurrent().navigate("evaluation/" + challenge);
        assertThat(pageText()).contains(t("evaluation.anonymity.notice", 1));
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<BoardRow> board = _get(tabs.getComponent(tabs.getSelectedTab()), Grid.class,
                spec -> spec.withId("evaluation-board"));
        assertThat(GridKt._getCellComponent(board, 0, "anonymity").getElement().getTextRecursively())
                .contains(t("evaluation.anonymity.badge", 1), "Footer of page 2");
        assertThat(mail.sentTo(manager.getEmail())).anySatisfy(m -> assertThat(m.getSubject())
                .isEqualTo(t("mail.notAnonymous.subject")));
        assertThat(anonymity.forChallenge(challenge)).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("Footer of page 2"));
    }
}
