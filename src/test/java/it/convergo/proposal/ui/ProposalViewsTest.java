package it.convergo.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.document.TestPdfs;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalLimits;
import it.convergo.proposal.ProposalRow;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalTeam;
import it.convergo.proposal.SubmissionInfo;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.support.KaribuTest;
import it.convergo.support.Uploads;
import it.convergo.support.UserInput;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant fills, uploads, checks and submits in the browser; the firm reads only after closing. */
class ProposalViewsTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalDrafts drafts;
    @Autowired
    it.convergo.proposal.FirmProposals firmProposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    MyProposals myProposals;
    @Autowired
    ProposalTeam team;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    it.convergo.challenge.Challenges challenges;

    @TempDir
    Path dir;

    UserAccount manager;
    UserAccount applicant;
    long challengeId;

    @BeforeEach
    void openChallenge() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        challengeId = fixtures.open(ChallengeFixtures.unique("Smart welding"));
        fixtures.signOut();
        applicant = fixtures.applicant();
    }

    private static SingleFileUpload upload(String which) {
        return _get(SingleFileUpload.class, s -> s.withId("proposal-upload-" + which));
    }

    private static SingleFileUpload generalUpload() {
        return upload("general");
    }

    private ProposalEditorView editor() {
        return (ProposalEditorView) UI.getCurrent().getCurrentView();
    }

    @Test
    void applicantFillsUploadsChecksSubmitsAndSeesTheReceipt() {
        login(applicant.getEmail());
        UI.getCurrent().navigate("my-proposals");
        assertThat(pageText()).contains(t("proposal.mine.empty.title"));

        UI.getCurrent().navigate("challenges/" + challenges.view(challengeId).slug());
        Anchor start = _get(Anchor.class, s -> s.withId("challenge-start-proposal"));
        assertThat(start.getHref()).isEqualTo("proposals/new/" + challengeId);
        UI.getCurrent().navigate(start.getHref());
        ProposalEditorView view = editor();
        assertThat(pageText()).contains(t("proposal.missing.title"));
        UserInput.set(view.form.title, "Adaptive welding cell");
        assertThat(view.savedIndicator.getText()).startsWith(t("proposal.editor.saved", "").trim());
        UserInput.set(view.form.acronym, "AWC");
        UserInput.set(view.form.abstractText, "Seam tracking with a camera.");
        assertThat(view.form.abstractText.getHelperText()).isEqualTo(t("text.count", 28, 2000));
        UserInput.set(view.form.teamText, "Three engineers.");
        UserInput.set(view.form.budget, new BigDecimal("30000"));
        UserInput.set((TextArea) view.form.answers.fields.get(0), "On the firm's line for a month.");
        assertThat(view.submitSection.checklist.getElement().getTextRecursively()).contains(t("proposal.submit.ready"));

        Uploads.send(generalUpload(), "annex.pdf", TestPdfs.pdf(2, "Annex"));
        assertThat(view.files.getElement().getTextRecursively()).contains("annex.pdf").contains(t("proposal.files.facts", 2, "").trim());
        assertThat(Uploads.send(generalUpload(), "setup.pdf", new byte[] {'M', 'Z', 0, 0})).as("the refused file leaves the list").isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("document.error.notPdf"));

        _click(view.submitSection.submit);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        view.doSubmit();
        assertThat(pageText()).contains(t("proposal.read.receipts")).contains(t("proposal.status.SUBMITTED"));
        _get(Button.class, s -> s.withText(t("proposal.reopen.button")));

        UI.getCurrent().navigate("my-proposals");
        MyProposalsView mine = (MyProposalsView) UI.getCurrent().getCurrentView();
        assertThat(GridKt._size(mine.grid)).isEqualTo(1);
        ProposalRow row = GridKt._get(mine.grid, 0);
        assertThat(row.title()).isEqualTo("Adaptive welding cell");
        assertThat(row.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(row.submissionVersion()).isEqualTo(1);
    }

    @Test
    void theSubmittedPageShowsEverythingThatWasSentInTheReadersLanguage() throws Exception {
        long id = proposals.complete(applicant, challengeId);
        login(applicant.getEmail());
        Path annex = dir.resolve("annex.pdf");
        Files.write(annex, TestPdfs.pdf(2, "Annex"));
        uploads.upload(id, null, "annex.pdf", annex);
        team.invite(id, "partner@example.org");
        SubmissionInfo receipt = proposals.submit(id);

        UI.getCurrent().navigate("proposals/" + id);
        assertThat(pageText()).contains(t("proposal.read.submitted"), "Vision retrofit " + id, "ACR",
                "We will retrofit the line with low-cost vision sensors", "Two robotics engineers and a data scientist",
                "partner@example.org", "Sensors, a pilot cell and six months of engineering.", "48,000", "4 → 6",
                t("area.ROBOTICS"), "How will you test it?", "On one line of the firm for three months, measuring scrap.",
                "Stage", "Prototype", "annex.pdf", t("proposal.files.facts", 2, "1 KB").split("·")[0].trim(),
                receipt.contentHash(), Times.format(receipt.submittedAt(), Locale.ENGLISH),
                t("proposal.receipt.submittedAt"));
        Anchor file = _get(Anchor.class, s -> s.withText("annex.pdf"));
        assertThat(file.getHref()).isNotBlank();
        assertThat(LocatorJ._find(Anchor.class, s -> s.withText(t("proposal.mine.receiptLink")))).hasSizeGreaterThanOrEqualTo(2);

        UI.getCurrent().setLocale(Locale.ITALIAN);
        editor().render();
        assertThat(pageText()).contains(translations.get("proposal.read.submitted", Locale.ITALIAN), "Come lo testerete?")
                .doesNotContain("How will you test it?");
    }

    @Test
    void theOutcomeReadsInTheApplicantsLanguageWithTheFirmsOwnWords() {
        long id = proposals.submitted(applicant, challengeId);
        submitted.recordOutcome(id, ProposalStatus.DECIDED, "evaluation.outcome.WINNER|Start the pilot in March.");
        login(applicant.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("my-proposals");
        MyProposalsView view = (MyProposalsView) UI.getCurrent().getCurrentView();
        view.cards.fit(390);
        String card = GridKt._getCellComponent(view.grid, 0, "card").getElement().getTextRecursively();
        assertThat(card).contains(translations.get("evaluation.outcome.WINNER", Locale.ITALIAN) + " — Start the pilot in March.")
                .doesNotContain(translations.get("evaluation.outcome.WINNER", Locale.ENGLISH), "evaluation.outcome", "|");
    }

    @Test
    void onAPhoneMyProposalsAreCardsAndOnADeskAGrid() {
        long id = proposals.submitted(applicant, challengeId);
        login(applicant.getEmail());
        UI.getCurrent().navigate("my-proposals");
        MyProposalsView view = (MyProposalsView) UI.getCurrent().getCurrentView();
        assertThat(view.cards).isNotNull();

        view.cards.fit(390);
        assertThat(view.cards.cardColumn().isVisible()).isTrue();
        assertThat(view.cards.wideColumns()).noneMatch(c -> c.isVisible());
        String card = GridKt._getCellComponent(view.grid, 0, "card").getElement().getTextRecursively();
        assertThat(card).contains("Vision retrofit " + id, challenges.view(challengeId).title(), t("proposal.status.SUBMITTED"),
                t("proposal.next.canReopen"), t("proposal.mine.receiptLink"), "version 1");
        assertThat(card).as("the time left, from Countdown").containsPattern("\\d+ days left");

        view.cards.fit(1280);
        assertThat(view.cards.cardColumn().isVisible()).isFalse();
        assertThat(view.cards.wideColumns()).allMatch(c -> c.isVisible()).hasSize(5);
    }

    @Test
    void afterEveryRefusalTheUploadTakesTheNextFile() throws Exception {
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/new/" + challengeId);
        ProposalEditorView view = editor();
        UserInput.set(view.form.title, "Recovering uploads");
        List<String> tempsBefore = uploadTemps();

        assertThat(Uploads.send(generalUpload(), "notes.pdf", "plain text, not a PDF".getBytes())).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("document.error.notPdf"));
        String longName = "a".repeat(300) + ".pdf";
        assertThat(Uploads.send(generalUpload(), longName, TestPdfs.pdf(1, "Annex"))).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("upload.error.fileName"));
        assertThat(Uploads.send(generalUpload(), "../etc/annex.pdf", TestPdfs.pdf(1, "Annex"))).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("upload.error.fileName"));
        assertThat(Uploads.send(generalUpload(), "javascript.pdf",
                TestPdfs.pdf(1, "Annex", d -> d.getDocumentCatalog().setOpenAction(
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"))))).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("document.error.javascript"));
        assertThat(uploads.files(idOf(view))).isEmpty();

        Uploads.send(generalUpload(), "annex.pdf", TestPdfs.pdf(2, "Annex"));
        assertThat(view.files.getElement().getTextRecursively()).contains("annex.pdf");
        assertThat(view.errorSummary.isVisible()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .as("the last refusal's toast is closed").noneMatch(n -> n.hasThemeName("error"));
        assertThat(uploads.files(idOf(view))).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("annex.pdf"));
        assertThat(uploadTemps()).as("no temporary file or folder is left").isEqualTo(tempsBefore);
    }

    @Test
    void theUploadSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/new/" + challengeId);
        var i18n = generalUpload().getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Scegli un file…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("oppure trascinalo qui");
        assertThat(i18n.getError().getTooManyFiles()).isEqualTo("Scegli un file alla volta.");
        assertThat(i18n.getUploading().getError().getUnexpectedServerError()).isEqualTo("Non è stato possibile ricevere il file. Riprova.");
    }

    private long idOf(ProposalEditorView view) {
        return myProposals.mine(org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(r -> r.challengeId() == challengeId).findFirst().orElseThrow().id();
    }

    /** The portal's temporary upload files; no upload makes a folder of its own (SingleFileUploadTest). */
    private static List<String> uploadTemps() throws java.io.IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(SingleFileUpload.TEMP_PREFIX)).sorted().toList();
        }
    }

    @Test
    void everyKindOfQuestionIsAnsweredInTheForm() {
        fixtures.signIn(manager);
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("All questions"));
        d.setQuestions(new ArrayList<>(List.of(
                new QuestionDef(QuestionType.SHORT_TEXT, "Website", "Sito", false, 80, null, List.of()),
                new QuestionDef(QuestionType.NUMBER, "Employees", "Dipendenti", true, null, null, List.of()),
                new QuestionDef(QuestionType.YES_NO, "Patent filed?", "Brevetto depositato?", true, null, null, List.of()),
                new QuestionDef(QuestionType.MULTIPLE_CHOICE, "Markets", "Mercati", true, null, null, List.of("EU", "US", "Asia")),
                new QuestionDef(QuestionType.PDF_UPLOAD, "Business plan", "Piano d'impresa", true, null, 2, List.of()))));
        var now = java.time.LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(10));
        long all = fixtures.publishAndOpen(d);
        fixtures.signOut();

        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/new/" + all);
        ProposalEditorView view = editor();
        UserInput.set(view.form.title, "Every question");
        UserInput.set(view.form.acronym, "EQ");
        UserInput.set(view.form.abstractText, "All kinds of answers.");
        UserInput.set(view.form.teamText, "Two founders.");
        UserInput.set(view.form.budget, new BigDecimal("1000"));
        UserInput.set((TextField) view.form.answers.fields.get(0), "https://example.org");
        UserInput.set((TextField) view.form.answers.fields.get(1), "12,5");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> patent = (RadioButtonGroup<String>) view.form.answers.fields.get(2);
        UserInput.set(patent, "no");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> markets = (CheckboxGroup<String>) view.form.answers.fields.get(3);
        UserInput.set(markets, Set.of("US", "EU"));
        assertThat(view.submitSection.checklist.getElement().getTextRecursively()).contains(t("proposal.missing.file", "Business plan"));

        assertThat(Uploads.send(upload("4"), "plan.pdf", TestPdfs.pdf(3, "Plan"))).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("document.error.tooManyPages", 3, 2));
        Uploads.send(upload("4"), "plan.pdf", TestPdfs.pdf(2, "Plan"));
        assertThat(view.errorSummary.isVisible()).as("the earlier refusal is gone").isFalse();
        assertThat(view.submitSection.checklist.getElement().getTextRecursively()).contains(t("proposal.submit.ready"));
        view.doSubmit();

        long id = myProposals.mine(org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(r -> r.challengeId() == all).findFirst().orElseThrow().id();
        assertThat(submitted.content(id, false).answers()).extracting(a -> a.question() + "=" + a.value())
                .containsExactly("Website=https://example.org", "Employees=12,5", "Patent filed?=no", "Markets=EU\nUS");
        assertThat(submitted.content(id, false).files()).singleElement()
                .satisfies(f -> assertThat(f.question()).isEqualTo("Business plan"));
    }

    @Test
    void aStaleEditorDoesNotOverwriteAColleague() {
        long id = proposals.complete(applicant, challengeId);
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/" + id);
        ProposalEditorView view = editor();

        ProposalDraft other = drafts.draft(id);
        other.setAbstractText("The colleague's version.");
        drafts.save(other);

        UserInput.set(view.form.abstractText, "My stale version.");
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains(t("error.concurrentEdit"));
        assertThat(drafts.draft(id).getAbstractText()).isEqualTo("The colleague's version.");
        _click(_get(Button.class, s -> s.withText(t("proposal.editor.reload"))));
        assertThat(editor().form.abstractText.getValue()).isEqualTo("The colleague's version.");
    }

    @Test
    void theFormSaysWhatItsConstraintsRefuseAndSavesNothingOfIt() {
        long id = proposals.complete(applicant, challengeId);
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/" + id);
        ProposalEditorView view = editor();
        long version = drafts.draft(id).getVersion();

        UserInput.set(view.form.budget, new BigDecimal("-5"));
        assertThat(view.form.budget.isInvalid()).isTrue();
        assertThat(view.form.budget.getErrorMessage()).isEqualTo(t("proposal.error.budget"));
        UserInput.set(view.form.teamText, "x".repeat(ProposalLimits.TEAM + 1));
        assertThat(view.form.teamText.getErrorMessage()).isEqualTo(t("proposal.error.atMost", ProposalLimits.TEAM));
        assertThat(drafts.draft(id).getVersion()).as("nothing invalid was saved").isEqualTo(version);

        UserInput.set(view.form.acronym, "NEW");
        assertThat(drafts.draft(id).getAcronym()).as("a valid field still saves").isEqualTo("NEW");
        assertThat(drafts.draft(id).getBudget()).isEqualByComparingTo("48000");
        assertThat(drafts.draft(id).getTeamText()).startsWith("Two robotics engineers");
    }

    @Test
    void foreignIdsInTheAddressShowNothing() {
        long id = proposals.submitted(applicant, challengeId);
        login(fixtures.applicant().getEmail());
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(pageText()).contains(t("error.notFound")).doesNotContain("Vision retrofit");

        login(fixtures.firmManager().getEmail());
        UI.getCurrent().navigate("proposals/" + id + "/view");
        assertThat(pageText()).contains(t("error.notFound")).doesNotContain("Vision retrofit");
    }

    @Test
    void theFirmReadsSubmittedProposalsOnlyAfterTheChallengeCloses() {
        long id = proposals.submitted(applicant, challengeId);
        long draft = proposals.complete(fixtures.applicant(), challengeId);
        login(manager.getEmail());
        UI.getCurrent().navigate("firm/proposals", QueryParameters.of("challenge", String.valueOf(challengeId)));
        FirmProposalsView list = (FirmProposalsView) UI.getCurrent().getCurrentView();
        assertThat(list.grid.isVisible()).isFalse();
        assertThat(list.exports.isVisible()).as("nothing to export before the close").isFalse();
        assertThat(list.message.getText()).startsWith(t("proposal.error.firmBeforeClose", "").substring(0, 30));
        UI.getCurrent().navigate("proposals/" + id + "/view");
        assertThat(pageText()).doesNotContain("Vision retrofit");

        fixtures.fireLifecycleTimer(challengeId);
        login(manager.getEmail());
        UI.getCurrent().navigate("firm/proposals", QueryParameters.of("challenge", String.valueOf(challengeId)));
        list = (FirmProposalsView) UI.getCurrent().getCurrentView();
        assertThat(list.grid.isVisible()).isTrue();
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).id()).isEqualTo(id);
        // the list downloads as CSV and XLSX, the same rows as the grid
        assertThat(list.exports.isVisible()).isTrue();
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("firm-proposals-xlsx"));
        it.convergo.base.Table table = firmProposals.tableForFirm(challengeId, java.util.Locale.ITALIAN);
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo(id));
        assertThat(table.csv(java.util.Locale.ITALIAN)).startsWith("Riferimento;Titolo").contains("Vision retrofit " + id);
        UI.getCurrent().navigate("proposals/" + id + "/view");
        assertThat(pageText()).contains("Vision retrofit").contains(t("proposal.firm.dossier"));
        UI.getCurrent().navigate("proposals/" + draft + "/view");
        assertThat(pageText()).contains(t("error.notFound"));
        assertThat(Set.of(id)).doesNotContain(draft);
    }
}
