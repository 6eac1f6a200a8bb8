package it.convergo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.base.i18n.Translations;
import it.convergo.document.TestPdfs;
import it.convergo.notification.MailService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
    static final List<String> MINOR = new ArrayList<>();
    static long started;
    static int pages;

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    MailService mail;

    @TempDir
    static Path files;

    @BeforeAll
    static void chromium() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver (Debian packages) are not installed");
        started = System.nanoTime();
    }

    @AfterAll
    static void report() {
        System.out.printf("Browser suite: %d pages checked with axe-core in %d s; minor/moderate findings: %d%n", pages,
                (System.nanoTime() - started) / 1_000_000_000L, MINOR.size());
        MINOR.forEach(m -> System.out.println("  axe " + m));
    }

    private Browser browser(int width, int height, Locale language, String journey) {
        return new Browser("http://localhost:" + port + "/", width, height, language.getLanguage(), journey + "-" + language);
    }

    private void finish(Browser b) {
        pages += b.pagesChecked;
        MINOR.addAll(b.minorViolations());
        assertThat(b.blockingViolations()).as("serious or critical WCAG 2.1 A/AA violations").isEmpty();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.get(key, locale, params);
    }

    /** Signs in through the login form; a user whose account keeps the other language switches in the header. */
    private void signIn(Browser b, String email, String password, Locale l) {
        b.open("login");
        b.waitFor(By.name("username")).sendKeys(email);
        b.waitFor(By.name("password")).sendKeys(password, Keys.ENTER);
        b.settle();
        b.waitFor(By.tagName("vaadin-app-layout"));
        b.waitFor(By.cssSelector("vaadin-select.cv-language"));
        String language = t(l, "language." + l.getLanguage());
        if (!b.script("return document.querySelector('vaadin-select.cv-language').innerText").toString().contains(language)) {
            b.click(b.waitFor(By.cssSelector("vaadin-select.cv-language")));
            b.click(b.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']")));
            b.waitUntil("const s = document.querySelector('vaadin-select.cv-language');"
                    + " return s != null && s.innerText.includes(arguments[0])", language);
            b.settle();
        }
    }

    // ------------------------------------------------------------------ a) applicant

    @Test
    @Order(1)
    void applicantRegistersAppliesRecoversFromARefusedUploadAndSubmits() throws Exception {
        applicant(1280, 900, Locale.ENGLISH);
        applicant(390, 844, Locale.ITALIAN);
    }

    private void applicant(int width, int height, Locale l) throws Exception {
        try (Browser b = browser(width, height, l, "a-applicant")) {
            b.open("register");
            b.page("register");
            String email = AccountFixtures.uniqueEmail("browser");
            String password = "Verde-trattore-2027";
            b.type(t(l, "register.email"), email);
            b.type(t(l, "register.fullName"), "Chiara Neri");
            b.type(t(l, "register.password"), password);
            b.type(t(l, "register.passwordAgain"), password);
            b.type(t(l, "register.vat"), AccountFixtures.uniqueVat());
            b.type(t(l, "register.organisationName"), "Visione Nitida " + width + " S.r.l.");
            b.select(t(l, "register.organisationType"), t(l, OrganisationType.STARTUP.labelKey()));
            b.choose(t(l, "register.region"), t(l, Region.LOMBARDIA.labelKey()));
            b.select(t(l, "register.size"), t(l, OrganisationSize.MICRO.labelKey()));
            b.check(t(l, "register.privacy"));
            b.step("register-filled");
            b.press(t(l, "register.submit"));
            b.waitForText(t(l, "register.done.title"));
            b.page("register-done");

            Matcher link = Pattern.compile("/(confirm/[A-Za-z0-9_-]+)").matcher(mail.sentTo(email).getFirst().getBody());
            assertThat(link.find()).as("confirmation link in the outbox").isTrue();
            b.open(link.group(1));
            b.waitForText(t(l, "confirm.done"));
            b.page("confirmed");

            signIn(b, email, password, l);
            b.open("challenges");
            b.page("catalogue");
            b.follow("Zero-defect machining: in-line inspection with computer vision");
            b.page("challenge");
            b.click(b.waitFor(By.id("challenge-start-proposal")));
            b.settle();
            b.waitFor(By.id("proposal-upload-general"));
            b.page("proposal-new");

            b.type(t(l, "proposal.field.title"), "Seeing every burr");
            b.type(t(l, "proposal.field.acronym"), "SEB");
            b.type(t(l, "proposal.field.abstract"), "An in-line camera with explainable defect detection.");
            b.choose(t(l, "proposal.field.areas"), t(l, TechnologyArea.QUALITY_INSPECTION.labelKey()));
            b.select(t(l, "proposal.field.trlNow"), "5");
            b.select(t(l, "proposal.field.trlTarget"), "7");
            b.type(t(l, "proposal.field.team"), "Two vision engineers and a machinist.");
            b.type(t(l, "proposal.field.budget"), "40000");
            b.type(l == Locale.ITALIAN ? "Perché il vostro team è quello giusto? *" : "Why is your team the right one? *",
                    "We built the same system for castings.");

            // the regression of issue 9: a refused file must leave the upload ready for the next, valid one
            Path fake = Files.writeString(files.resolve("notes-" + width + ".pdf"), "plain text, not a PDF");
            b.upload("proposal-upload-general", fake);
            b.waitForText(t(l, "document.error.notPdf"));
            assertThat(b.listedFiles("proposal-upload-general")).as("the refused file leaves the list").isZero();
            b.page("upload-refused");
            Path pdf = TestPdfs.write(files, "annex-" + width + ".pdf", TestPdfs.pdf(2, "Annex"));
            b.upload("proposal-upload-general", pdf);
            b.waitForText("annex-" + width + ".pdf");
            b.waitForText(t(l, "proposal.submit.ready"));
            b.step("upload-accepted");

            b.press(t(l, "proposal.submit.button"));
            b.step("submit-confirm");
            b.confirm(t(l, "proposal.submit.button"));
            b.waitForText(t(l, "proposal.read.receipts"));
            b.page("receipt");
            assertThat(b.script("return document.querySelector('vaadin-dev-tools') === null")).as("no dev toolbar").isEqualTo(true);
            finish(b);
        }
    }

    // ------------------------------------------------------------------ b) firm manager

    @Test
    @Order(2)
    void firmDraftsAndPublishesAChallenge() {
        firm(1280, 900, Locale.ENGLISH);
        firm(390, 844, Locale.ITALIAN);
    }

    private void firm(int width, int height, Locale l) {
        try (Browser b = browser(width, height, l, "b-firm")) {
            signIn(b, "giulia.rossi@meccanicapadana.demo", DEMO_PASSWORD, l);
            b.open("my-challenges");
            b.page("my-challenges");
            b.press(t(l, "challenge.mine.create"));
            String title = "Robotic deburring of cast housings " + width;
            b.type(t(l, "challenge.editor.title"), title);
            b.step("create-dialog");
            b.press(t(l, "challenge.mine.create.go"));
            b.waitFor(By.xpath("//vaadin-tab[normalize-space(.)='" + t(l, "challenge.editor.step.publish") + "']"));
            b.page("editor-basics");
            b.type(t(l, "challenge.editor.summary"), "A robot cell that removes burrs from aluminium castings.");
            b.type(t(l, "challenge.editor.description"), "We cast **800 housings a day** and deburr them by hand.");
            b.choose(t(l, "challenge.editor.sector"), t(l, it.convergo.challenge.Sector.MECHANICAL_ENGINEERING.labelKey()));
            b.choose(t(l, "challenge.editor.areas"), t(l, TechnologyArea.ROBOTICS.labelKey()));
            b.step("editor-basics-filled");
            b.tab(t(l, "challenge.editor.step.access"));
            java.time.LocalDateTime tomorrow = java.time.LocalDate.now(it.convergo.base.Times.ROME).plusDays(1).atTime(9, 0);
            b.dateTime(t(l, "challenge.editor.opensAt"), tomorrow);
            b.dateTime(t(l, "challenge.editor.closesAt"), tomorrow.plusDays(30).withHour(17));
            b.page("editor-dates");
            b.tab(t(l, "challenge.editor.step.evaluation"));
            b.page("editor-evaluation");
            b.tab(t(l, "challenge.editor.step.publish"));
            b.waitFor(By.id("challenge-publish"));
            b.page("editor-publish");
            b.press(t(l, "challenge.editor.publish"));
            b.step("publish-confirm");
            b.confirm(t(l, "challenge.editor.publish"));
            b.waitForText(t(l, "challenge.publish.done"));
            b.step("published");
            finish(b);
        }
    }

    // ------------------------------------------------------------------ c) evaluator

    @Test
    @Order(3)
    void evaluatorDeclaresNoConflictAndScores() {
        evaluator(1280, 900, Locale.ENGLISH, 0);
        evaluator(390, 844, Locale.ITALIAN, 1);
    }

    /** Davide Ricci has not declared yet in the demo data: his declarations wait in his inbox. */
    private void evaluator(int width, int height, Locale l, int row) {
        try (Browser b = browser(width, height, l, "c-evaluator")) {
            signIn(b, "davide.ricci@consulenza.demo", DEMO_PASSWORD, l);
            b.open("evaluate");
            b.page("inbox");
            List<org.openqa.selenium.WebElement> rows = b.rows();
            assertThat(rows).as("proposals waiting in the inbox").hasSizeGreaterThan(row);
            b.click(rows.get(row));
            b.settle();
            b.waitForText(t(l, "evaluation.conflict.none"));
            b.page("declaration");
            b.press(t(l, "evaluation.conflict.none"));
            b.confirm(t(l, "evaluation.conflict.none"));
            b.waitForText(t(l, "evaluation.sheet.submit"));
            b.page("score-sheet");
            b.selectAll(8);
            b.typeInAllTextAreas("Clear objectives and a credible plan.");
            b.step("scored");
            b.press(t(l, "evaluation.sheet.submit"));
            b.confirm(t(l, "evaluation.sheet.submit"));
            b.waitForText(t(l, "evaluation.sheet.locked"));
            b.page("submitted");
            finish(b);
        }
    }

    // ------------------------------------------------------------------ d) firm reads progress and results

    @Test
    @Order(4)
    void firmFollowsTheEvaluationAndReadsTheRanking() {
        try (Browser b = browser(1280, 900, Locale.ENGLISH, "d-firm")) {
            signIn(b, "marco.bianchi@ceramicheemiliane.demo", DEMO_PASSWORD, Locale.ENGLISH);
            b.open("evaluation");
            b.page("evaluation-overview");
            b.clickCell("Smart sorting of ceramic waste for reuse");
            b.page("published-challenge");
            finish(b);
        }
    }

    // ------------------------------------------------------------------ e) applicant reads the result

    @Test
    @Order(5)
    void applicantReadsTheResultAndTheReport() {
        result(1280, 900, Locale.ENGLISH);
        result(390, 844, Locale.ITALIAN);
    }

    private void result(int width, int height, Locale l) {
        try (Browser b = browser(width, height, l, "e-result")) {
            signIn(b, "anna.conti@sensoria.demo", DEMO_PASSWORD, l);
            b.open("my-proposals");
            b.page("my-proposals");
            b.follow(t(l, "proposal.next.seeResult"));
            b.waitForText(t(l, "evaluation.result.download"));
            b.page("result");
            assertThat(b.fetchStart(b.waitFor(By.xpath("//a[normalize-space(.)=" + "'" + t(l, "evaluation.result.download") + "']"))))
                    .as("the evaluation summary report is a PDF").isEqualTo("%PDF-");
            finish(b);
        }
    }
}
