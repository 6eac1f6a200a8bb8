package it.convergo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.base.i18n.Translations;
import it.convergo.document.TestPdfs;
import it.convergo.evaluation.DemoEvaluation;
import it.convergo.notification.MailService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance in a real browser (Debian's headless Chromium), on the portal started on a random port with the
 * demo data, as each role would use it, at 1280×900 and 390×844. Every page visited is checked with axe-core:
 * any serious or critical WCAG 2.1 A/AA violation fails the suite. Screenshots go to target/browser-screenshots.
 * Skipped when Chromium or its driver is not installed; {@code -DexcludedGroups=browser} skips it on purpose.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "convergo.demo-data=true"})
class AcceptanceBrowserTest {

    static final String DEMO_PASSWORD = "Convergo2026";
    static final String FIRM = "marco.bianchi@ceramicheemiliane.demo";
    static final BrowserSuite SUITE = new BrowserSuite("Browser suite");
    static final PageChecks CHECKS = SUITE.checks;

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    MailService mail;
    @Autowired
    DemoEvaluation demo;

    @TempDir
    static Path files;

    @BeforeAll
    static void chromium() {
        SUITE.start();
    }

    @AfterAll
    static void report() {
        SUITE.report();
    }

    private void journey(int width, int height, Locale l, String name, BrowserSuite.Steps steps) throws Exception {
        SUITE.journey(port, width, height, l, name, translations, steps);
    }

    // ------------------------------------------------------------------ a) applicant

    @Test
    @Order(1)
    void applicantRegistersAppliesRecoversFromARefusedUploadAndSubmits() throws Exception {
        journey(1280, 900, Locale.ENGLISH, "a-applicant", this::applicant);
        journey(390, 844, Locale.ITALIAN, "a-applicant", this::applicant);
    }

    private void applicant(Journey j) throws Exception {
        Browser b = j.b;
        int width = j.width;
        j.visit("register", "register");
        // defect 4: one empty submit marks every missing field at once, the organisation's included
        b.press(j.t("register.submit"));
        CHECKS.everyErrorAtOnce(j, 8);
        b.step("register-all-errors");
        String email = AccountFixtures.uniqueEmail("browser");
        String password = "Verde-trattore-2027";
        b.type(j.t("register.email"), email);
        b.type(j.t("register.fullName"), "Chiara Neri");
        b.type(j.t("register.password"), "password12345");
        b.type(j.t("register.passwordAgain"), "password12345");
        b.type(j.t("register.vat"), AccountFixtures.uniqueVat());
        b.type(j.t("register.organisationName"), "Visione Nitida " + width + " S.r.l.");
        b.select(j.t("register.organisationType"), j.t(OrganisationType.STARTUP.labelKey()));
        b.choose(j.t("register.region"), j.t(Region.LOMBARDIA.labelKey()));
        b.select(j.t("register.size"), j.t(OrganisationSize.MICRO.labelKey()));
        b.check(j.t("register.privacy"));
        b.press(j.t("register.submit"));
        assertThat(b.script("return document.querySelector('vaadin-password-field[invalid]') !== null"))
                .as("a common password is refused (defect 4)").isEqualTo(true);
        b.type(j.t("register.password"), password);
        b.type(j.t("register.passwordAgain"), password);
        b.step("register-filled");
        b.press(j.t("register.submit"));
        b.waitForText(j.t("register.done.title"));
        j.page("register-done");

        Matcher link = Pattern.compile("/(confirm/[A-Za-z0-9_-]+)").matcher(mail.sentTo(email).getFirst().getBody());
        assertThat(link.find()).as("confirmation link in the outbox").isTrue();
        b.open(link.group(1));
        b.waitForText(j.t("confirm.done"));
        j.page("confirmed");

        j.signIn(email, password, "my-proposals");
        j.visit("challenges", "catalogue");
        // defect 8: forty days left are told in days, and the figure does not tick
        b.follow("Manutenzione predittiva delle presse a iniezione");
        j.page("challenge-far-deadline");
        CHECKS.countdownInDays(j, "challenge-countdown");
        b.open("challenges");
        b.follow("Zero-defect machining: in-line inspection with computer vision");
        j.page("challenge");
        b.click(b.waitFor(By.id("challenge-start-proposal")));
        b.settle();
        b.waitFor(By.id("proposal-upload-general"));
        j.page("proposal-new");

        b.type(j.t("proposal.field.title"), "Seeing every burr");
        b.type(j.t("proposal.field.acronym"), "SEB");
        b.type(j.t("proposal.field.abstract"), "An in-line camera with explainable defect detection.");
        b.choose(j.t("proposal.field.areas"), j.t(TechnologyArea.QUALITY_INSPECTION.labelKey()));
        b.select(j.t("proposal.field.trlNow"), "5");
        b.select(j.t("proposal.field.trlTarget"), "7");
        b.type(j.t("proposal.field.team"), "Two vision engineers and a machinist.");
        b.type(j.t("proposal.field.budget"), "40000");
        String answer = "We built the same system for castings.";
        b.type(j.italian() ? "Perché il vostro team è quello giusto? *" : "Why is your team the right one? *", answer);

        // the regression of issue 9: a refused file must leave the upload ready for the next, valid one
        Path fake = Files.writeString(files.resolve("notes-" + width + ".pdf"), "plain text, not a PDF");
        b.upload("proposal-upload-general", fake);
        b.waitForText(j.t("document.error.notPdf"));
        assertThat(b.listedFiles("proposal-upload-general")).as("the refused file leaves the list").isZero();
        j.page("upload-refused");
        Path pdf = TestPdfs.write(files, "annex-" + width + ".pdf", TestPdfs.pdf(2, "Annex"));
        b.upload("proposal-upload-general", pdf);
        b.waitForText("annex-" + width + ".pdf");
        b.waitForText(j.t("proposal.submit.ready"));
        j.page("upload-accepted");

        b.press(j.t("proposal.submit.button"));
        b.step("submit-confirm");
        b.confirm(j.t("proposal.submit.button"));
        b.waitForText(j.t("proposal.read.receipts"));
        j.page("receipt");
        // defect 5: the submitted proposal shows what was sent: team, budget, answers, files
        assertThat(b.text()).as("the submitted proposal's page").contains("Two vision engineers and a machinist.", answer,
                "annex-" + width + ".pdf", "Seeing every burr", j.t(TechnologyArea.QUALITY_INSPECTION.labelKey()));
    }

    // ------------------------------------------------------------------ b) firm manager

    @Test
    @Order(2)
    void firmDraftsAndPublishesAChallenge() throws Exception {
        journey(1280, 900, Locale.ENGLISH, "b-firm", this::firm);
        journey(390, 844, Locale.ITALIAN, "b-firm", this::firm);
    }

    private void firm(Journey j) {
        Browser b = j.b;
        j.signIn("giulia.rossi@meccanicapadana.demo", DEMO_PASSWORD, "firm");
        j.visit("my-challenges", "my-challenges");
        b.press(j.t("challenge.mine.create"));
        String title = "Robotic deburring of cast housings " + j.width;
        b.type(j.t("challenge.editor.title"), title);
        b.step("create-dialog");
        b.press(j.t("challenge.mine.create.go"));
        b.waitFor(By.xpath("//vaadin-tab[normalize-space(.)='" + j.t("challenge.editor.step.publish") + "']"));
        j.page("editor-basics");
        b.type(j.t("challenge.editor.summary"), "A robot cell that removes burrs from aluminium castings.");
        b.type(j.t("challenge.editor.description"), "We cast **800 housings a day** and deburr them by hand.");
        b.choose(j.t("challenge.editor.sector"), j.t(it.convergo.challenge.Sector.MECHANICAL_ENGINEERING.labelKey()));
        b.choose(j.t("challenge.editor.areas"), j.t(TechnologyArea.ROBOTICS.labelKey()));
        j.page("editor-basics-filled");
        b.tab(j.t("challenge.editor.step.access"));
        java.time.LocalDateTime tomorrow = java.time.LocalDate.now(it.convergo.base.Times.ROME).plusDays(1).atTime(9, 0);
        b.dateTime(j.t("challenge.editor.opensAt"), tomorrow);
        b.dateTime(j.t("challenge.editor.closesAt"), tomorrow.plusDays(30).withHour(17));
        j.page("editor-dates");
        b.tab(j.t("challenge.editor.step.evaluation"));
        j.page("editor-evaluation");
        b.tab(j.t("challenge.editor.step.publish"));
        b.waitFor(By.id("challenge-publish"));
        j.page("editor-publish");
        b.press(j.t("challenge.editor.publish"));
        b.step("publish-confirm");
        b.confirm(j.t("challenge.editor.publish"));
        b.waitForText(j.t("challenge.publish.done"));
        b.step("published");
    }

    // ------------------------------------------------------------------ c) evaluator

    @Test
    @Order(3)
    void evaluatorDeclaresNoConflictAndScores() throws Exception {
        journey(1280, 900, Locale.ENGLISH, "c-evaluator", j -> evaluator(j, 0));
        journey(390, 844, Locale.ITALIAN, "c-evaluator", j -> evaluator(j, 1));
    }

    /** Davide Ricci has not declared yet in the demo data: his declarations wait in his inbox. */
    private void evaluator(Journey j, int row) {
        Browser b = j.b;
        j.signIn("davide.ricci@consulenza.demo", DEMO_PASSWORD, "evaluate");
        j.visit("evaluate", "inbox");
        // defect 6: on a phone the inbox is cards; at either width no title or due date is cut
        CHECKS.cellsShowEverything(j, "evaluator-inbox");
        List<org.openqa.selenium.WebElement> rows = b.rows();
        assertThat(rows).as("proposals waiting in the inbox").hasSizeGreaterThan(row);
        b.click(rows.get(row));
        b.settle();
        b.waitForText(j.t("evaluation.conflict.none"));
        j.page("declaration");
        // defect 2: the declaration says who applied (the challenge is not blind): organisation and team lead
        assertThat(b.text()).as("who applied, on the declaration").containsAnyOf("Sensoria Robotics", "Officine Termiche Venete",
                "Università di Brescia");
        assertThat(b.text()).as("the team lead, on the declaration").containsAnyOf("Anna Conti", "Luca Ferrari", "Sara Gallo");
        b.press(j.t("evaluation.conflict.none"));
        b.step("no-conflict-confirm");
        b.confirm(j.t("evaluation.conflict.none"));
        b.waitForText(j.t("evaluation.sheet.submit"));
        j.page("score-sheet");
        b.selectAll(8);
        b.typeInAllTextAreas("Clear objectives and a credible plan.");
        b.step("scored");
        b.press(j.t("evaluation.sheet.submit"));
        b.confirm(j.t("evaluation.sheet.submit"));
        b.waitForText(j.t("evaluation.sheet.locked"));
        j.page("submitted");
    }

    // ------------------------------------------------------------------ d) firm decides, applicant reads the result

    @Test
    @Order(4)
    void firmDecidesAndPublishesThenTheApplicantReadsTheResultAndTheReport() throws Exception {
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            Locale l = size[0] >= 1280 ? Locale.ITALIAN : Locale.ENGLISH;
            String challenge = "Sorting glazed scrap by colour " + size[0];
            demo.readyToDecide(challenge);
            journey(size[0], size[1], l, "d-decision", j -> decideAndPublish(j, challenge));
            journey(size[0], size[1], l, "d-result", j -> readResult(j, challenge));
        }
    }

    /** Marco Bianchi's landing shows the challenge ready to publish; he reads the board, decides each proposal and publishes. */
    private void decideAndPublish(Journey j, String challenge) {
        Browser b = j.b;
        j.signIn(FIRM, DEMO_PASSWORD, "firm");
        assertThat(b.text()).as("what waits for the firm").contains(challenge, j.t("evaluation.firm.toDecide", 3));
        b.click(b.waitFor(By.xpath("//a[.//h3[normalize-space(.)=" + "'" + challenge + "']]")));
        b.settle();
        b.waitFor(By.xpath("//vaadin-tab[normalize-space(.)='" + j.t("evaluation.tab.progress") + "']"));
        j.page("evaluation");
        b.tab(j.t("evaluation.tab.progress"));
        b.waitFor(By.id("evaluation-board"));
        j.page("progress-board");
        CHECKS.cellsShowEverything(j, "evaluation-board");
        b.tab(j.t("evaluation.tab.ranking"));
        // the firm chooses which ranking decides (raw or normalised) before either is shown
        b.waitFor(By.className("cv-calibration-choice"));
        j.page("ranking-choice");
        b.radio(j.t("evaluation.calibration.basis.RAW"));
        b.press(j.t("evaluation.calibration.confirm"));
        b.confirm(j.t("evaluation.calibration.confirm"));
        b.waitFor(By.id("evaluation-ranking"));
        j.page("ranking");
        CHECKS.cellsShowEverything(j, "evaluation-ranking");
        List<String> outcomes = List.of("evaluation.outcome.WINNER", "evaluation.outcome.FINALIST", "evaluation.outcome.REJECTED");
        for (int i = 0; i < outcomes.size(); i++) {
            // the first row still without an outcome: its outcome cell shows "—" above the button
            b.click((org.openqa.selenium.WebElement) b.script("""
                    return [...document.querySelectorAll('#evaluation-ranking vaadin-grid-cell-content')]
                      .map(c => c.firstElementChild).filter(d => d && d.querySelector('vaadin-button')
                        && d.firstElementChild && d.firstElementChild.textContent.trim() === '—')
                      .map(d => d.querySelector('vaadin-button'))[0];
                    """));
            b.settle();
            b.select(j.t("esr.outcome"), j.t(outcomes.get(i)));
            b.type(j.t("esr.feedback"), i == 0 ? "We would like to start the pilot in March." : "Thank you for your work.");
            if (i == 0) {
                j.page("decision-dialog");
            }
            b.confirm(j.t("action.save"));
            b.waitUntil("return document.querySelector('vaadin-dialog-overlay[opened]') === null");
        }
        j.page("decided");
        CHECKS.cellsShowEverything(j, "evaluation-ranking");
        b.press(j.t("evaluation.ranking.publish"));
        b.step("publish-confirm");
        b.confirm(j.t("evaluation.ranking.publish"));
        b.waitForText(j.t("evaluation.ranking.publishedNow"));
        j.page("published");
    }

    /** Anna Conti finds the decided proposal in My proposals (no countdown left), reads the result and its report. */
    private void readResult(Journey j, String challenge) {
        Browser b = j.b;
        j.signIn("anna.conti@sensoria.demo", DEMO_PASSWORD, "my-proposals");
        b.waitForText(challenge);
        CHECKS.noCountdownIn(j, challenge);
        b.click(b.linkInRow(challenge, "results/"));
        b.settle();
        b.waitForText(j.t("evaluation.result.download"));
        j.page("result");
        var report = b.waitFor(By.xpath("//a[normalize-space(.)=" + "'" + j.t("evaluation.result.download") + "']"));
        byte[] pdf = b.fetchBytes(report);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the report is a PDF").isEqualTo("%PDF-");
        CHECKS.reportReadsWell(j, pdf, List.of("esr.criterion", "esr.score", "esr.threshold", "esr.weight"));
    }

    // ------------------------------------------------------------------ e) admin

    @Test
    @Order(5)
    void adminReadsThePortalsHealthAndOpensTheFailedMails() throws Exception {
        journey(1280, 900, Locale.ITALIAN, "e-admin", this::admin);
        journey(390, 844, Locale.ENGLISH, "e-admin", this::admin);
    }

    /** Francesca Marino lands on the overview; its figures link to their lists, failed mails to the filtered outbox. */
    private void admin(Journey j) {
        Browser b = j.b;
        j.signIn("admin@convergo.demo", DEMO_PASSWORD, "admin");
        assertThat(b.text()).as("the overview's figures").contains(j.t("admin.overview.title"),
                j.t("admin.overview.failedJobs", 0L));
        b.click(b.waitFor(By.id("admin-failed-mails")));
        b.settle();
        b.waitFor(By.tagName("vaadin-grid"));
        assertThat(b.path()).isEqualTo("admin/outbox?status=FAILED");
        j.page("outbox-failed");
        j.visit("admin", "overview-again");
        b.click(b.waitFor(By.id("admin-open-challenges")));
        b.settle();
        b.waitFor(By.id("catalogue-search"));
        j.page("open-challenges");
    }

    // ------------------------------------------------------------------ f) one's own data, tokens, imports

    @Test
    @Order(6)
    void everyoneFindsTheirOwnDataAndTokensAndTheAdminImportsEvaluators() throws Exception {
        journey(1280, 900, Locale.ENGLISH, "f-evaluator", this::ownData);
        journey(390, 844, Locale.ITALIAN, "f-evaluator", this::ownData);
        journey(1280, 900, Locale.ITALIAN, "f-admin", this::imports);
        journey(390, 844, Locale.ENGLISH, "f-admin", this::imports);
    }

    /** Davide Ricci downloads all his data, sees how to delete his account, and makes an API token shown once. */
    private void ownData(Journey j) {
        Browser b = j.b;
        j.signIn("davide.ricci@consulenza.demo", DEMO_PASSWORD, "evaluate");
        j.visit("profile", "profile");
        assertThat(b.fetchStart(b.waitFor(By.id("profile-data-download")))).as("the data is a ZIP").startsWith("PK");
        b.waitFor(By.id("profile-erase"));
        assertThat(b.text()).contains(j.t("profile.data"), j.t("profile.erase"));
        j.visit("profile/api-tokens", "api-tokens");
        b.type(j.t("api.tokens.name"), "CRM " + j.width);
        b.press(j.t("api.tokens.create"));
        b.waitForText("cvg_");
        j.page("api-token-shown");
    }

    /** Francesca Marino opens the evaluators' import, reads what the file needs, and the exports of users. */
    private void imports(Journey j) {
        Browser b = j.b;
        j.signIn("admin@convergo.demo", DEMO_PASSWORD, "admin");
        j.visit("admin/users", "users");
        assertThat(b.fetchStart(b.waitFor(By.id("admin-users-xlsx")))).as("the XLSX is a ZIP").startsWith("PK");
        b.click(b.waitFor(By.id("admin-import-open")));
        b.settle();
        b.waitForText(j.t("admin.import.intro").substring(0, 30));
        j.page("import-dialog");
        b.open("admin/processing-register");
        b.waitForText(j.t("register.needsAndOffers.name"));
        j.page("processing-register");
    }

    // ------------------------------------------------------------------ g) the exchange and the firm's webhooks

    @Test
    @Order(7)
    void aStartUpAnswersAFirmsNeedAndTheFirmConnectsItsSystems() throws Exception {
        journey(1280, 900, Locale.ITALIAN, "g-applicant", this::exchange);
        journey(390, 844, Locale.ENGLISH, "g-applicant", this::exchange);
        journey(1280, 900, Locale.ENGLISH, "g-firm", this::webhooks);
        journey(390, 844, Locale.ITALIAN, "g-firm", this::webhooks);
    }

    /** Anna Conti finds the ceramic firm's need on the board, opens it and tells the firm Sensoria is interested. */
    private void exchange(Journey j) {
        Browser b = j.b;
        j.signIn("anna.conti@sensoria.demo", DEMO_PASSWORD, "my-proposals");
        j.visit("network/exchange", "exchange-board");
        b.waitForText("stonalizzazioni");
        WebElement need = (WebElement) b.script("return [...document.querySelectorAll('a[href^=\"network/exchange/\"]')]"
                + ".find(a => a.offsetParent !== null && a.textContent.includes('stonalizzazioni'))");
        assertThat(need).as("the need is listed where this width shows the board").isNotNull();
        b.click(need);
        b.settle();
        b.waitFor(By.id("exchange-summary"));
        if (b.text().contains(j.t("exchange.interest.express"))) {  // the first journey expresses it, the second finds it
            b.waitFor(By.cssSelector("#exchange-note textarea")).sendKeys("Machine vision for tone shifts, tested on 120x240 slabs.");
            b.click(b.waitFor(By.id("exchange-express")));
            b.settle();
        }
        b.waitFor(By.id("exchange-our-interest"));
        assertThat(b.text()).contains(j.t("exchange.interest.waiting"));
        j.page("exchange-post");
    }

    /** Marco Bianchi adds an endpoint for the firm's CRM: its signing secret is shown once. */
    private void webhooks(Journey j) {
        Browser b = j.b;
        j.signIn(FIRM, DEMO_PASSWORD, "firm");
        j.visit("firm/webhooks", "webhooks");
        b.type(j.t("webhook.url"), "http://127.0.0.1:9/crm-" + j.width + "-" + j.l.getLanguage());
        b.press(j.t("webhook.create"));
        b.waitUntil("return [...document.querySelectorAll('vaadin-text-field')].some(f => (f.value || '').startsWith('whsec_'))");
        assertThat(b.text()).contains(j.t("webhook.secret.once").substring(0, 20));
        j.page("webhook-secret");
    }
}
