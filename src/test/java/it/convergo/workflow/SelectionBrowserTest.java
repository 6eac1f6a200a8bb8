package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.browser.BrowserSuite;
import it.convergo.browser.PageChecks;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.Visibility;
import it.convergo.evaluation.appeals.AppealDecisions;
import it.convergo.evaluation.pitch.PitchService;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.VoteSettings;
import it.convergo.network.LogoPictures;
import it.convergo.network.NetworkFixtures;
import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostForm;
import it.convergo.network.exchange.PostKind;
import it.convergo.proposal.ProposalFixtures;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The selection's later steps in a real browser, as each of their users meets them, at 1280×900 and 390×844 and
 * in both languages (the two widths swap the languages): the clarification round, the pitch day, the appeal,
 * the audience award, the shortlist of a two-stage call, the one-click unsubscribe and the import of invited
 * organisations. Every page is photographed and checked with axe-core and the checks every page passes
 * ({@link PageChecks}). The state before each journey is built through the services, as in the workflow tests;
 * the person's own step is taken in the browser. Same application context as the acceptance suite.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "convergo.demo-data=true"})
class SelectionBrowserTest {

    static final BrowserSuite SUITE = new BrowserSuite("Selection browser suite");
    static final PageChecks CHECKS = SUITE.checks;
    static final String PASSWORD = AccountFixtures.PASSWORD;

    @LocalServerPort int port;
    @Autowired Translations translations;
    @Autowired QuestionScenario questions;
    @Autowired PitchFixture pitchFixture;
    @Autowired PitchService pitches;
    @Autowired PathDriver path;
    @Autowired AppealDecisions appealDecisions;
    @Autowired VoteDriver votes;
    @Autowired ChallengeFixtures challenges;
    @Autowired ChallengeEditor editor;
    @Autowired ProposalFixtures proposals;
    @Autowired AccountFixtures accounts;
    @Autowired Consents consents;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecurityContextHolderStrategy securityStrategy;
    @Autowired NetworkFixtures network;
    @Autowired MyPosts myPosts;
    @Autowired Challenges challengeViews;

    /**
     * The fixtures sign in through {@link SecurityContextHolder}; another test class's context may have left its own
     * strategy there, which this context's method security does not read (as in {@code SpringTest}).
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        SecurityContextHolder.clearContext();
    }

    @BeforeAll
    static void chromium() {
        SUITE.start();
    }

    @AfterAll
    static void report() {
        SUITE.report();
    }

    private void journey(int width, Locale l, String name, BrowserSuite.Steps steps) throws Exception {
        SUITE.journey(port, width, width >= 1280 ? 900 : 844, l, name, translations, steps);
    }

    /**
     * The two widths, each with its language for the first person of a journey; the others take the other one. The
     * shortlist, a grid whose columns must fit at 1280 px, runs at both; the other journeys at the phone's width,
     * where their screens broke (cut grids, overflowing cards and labels), in both languages (the persons of a
     * journey alternate them), which keeps CI within its time. At 1280 px their screens are the Karibu tests'.
     */
    private static final int[] WIDTHS = {1280, 390};
    private static final int[] PHONE = {390};

    private static Locale first(int width) {
        return width >= 1280 ? Locale.ENGLISH : Locale.ITALIAN;
    }

    private static Locale second(int width) {
        return width >= 1280 ? Locale.ITALIAN : Locale.ENGLISH;
    }

    // ------------------------------------------------------------------ clarification round

    @Test
    @Order(1)
    void theRapporteurAsksTheApplicantAnswersTheFirmReadsTheExchange() throws Exception {
        for (int width : PHONE) {
            var s = questions.underEvaluation(false);
            String question = "How many pilot customers do you have at " + width + " px?";
            journey(width, first(width), "q-rapporteur", j -> {
                j.signIn(s.rapporteur().getEmail(), PASSWORD, "evaluate");
                j.visit("evaluate/" + s.proposal(), "proposal-to-score");
                j.b.waitFor(By.id("question-text"));
                j.b.script("arguments[0].scrollIntoView()", j.b.waitFor(By.id("question-text")));
                j.b.waitFor(By.cssSelector("#question-text textarea")).sendKeys(question);
                j.b.click(j.b.waitFor(By.id("question-send")));
                j.b.settle();
                j.b.step("question-confirm");
                j.b.confirm(j.t("evaluation.questions.send"));
                j.b.waitForText(j.t("evaluation.questions.status.OPEN"));
                j.page("question-asked");
                assertThat(j.b.text()).contains(question);
            });
            journey(width, second(width), "q-applicant", j -> {
                j.signIn(s.applicant().getEmail(), PASSWORD, "my-proposals");
                j.b.waitFor(By.id("home-waiting"));
                assertThat(j.b.text()).as("the home says a question waits").contains(j.t("evaluation.home.waiting"));
                j.b.click(j.b.waitFor(By.cssSelector("#home-waiting a[href='questions/" + s.proposal() + "']")));
                j.b.settle();
                j.b.waitForText(question);
                j.page("question-to-answer");
                assertThat(j.b.text()).as("blind both ways is not asked here, but the rapporteur's name is never shown")
                        .doesNotContain(s.rapporteur().getFullName());
                j.b.waitFor(By.cssSelector("vaadin-text-area[id^='answer-'] textarea")).sendKeys("Tre clienti pilota.");
                j.b.click(j.b.waitFor(By.cssSelector("vaadin-button[id^='answer-send-']")));
                j.b.settle();
                j.b.confirm(j.t("evaluation.questions.applicant.send"));
                j.b.waitForText(j.t("evaluation.questions.status.ANSWERED"));
                j.page("question-answered");
            });
            journey(width, first(width), "q-firm", j -> {
                j.signIn(s.manager().getEmail(), PASSWORD, "firm");
                j.visit("evaluation/" + s.challenge(), "evaluation");
                j.b.tab(j.t("evaluation.questions.tab"));
                j.b.waitFor(By.id("firm-questions"));
                j.b.waitForText("Tre clienti pilota.");
                j.page("clarifications-tab");
                CHECKS.cellsShowEverything(j, "firm-questions");
            });
        }
    }

    // ------------------------------------------------------------------ pitch day

    @Test
    @Order(2)
    void theFirmPlansAPitchDayTheApplicantReadsItsSlotTheJuryScores() throws Exception {
        for (int width : PHONE) {
            PitchFixture.Evaluated c = pitchFixture.evaluated("Pitch in the browser " + width, false);
            journey(width, first(width), "p-firm", j -> {
                j.signIn(c.manager().getEmail(), PASSWORD, "firm");
                j.visit("evaluation/" + c.challengeId(), "evaluation");
                j.b.tab(j.t("pitch.tab"));
                j.b.waitFor(By.id("pitch-save"));
                j.page("pitch-form");
                j.b.dateTime(j.t("pitch.form.startsAt"), LocalDateTime.now(Times.ROME).plusDays(5).truncatedTo(ChronoUnit.DAYS)
                        .withHour(10));
                j.b.type(j.t("pitch.form.place"), "Sala Verdi, Torino");
                j.b.type(j.t("pitch.form.invited"), "2");
                j.b.click(j.b.waitFor(By.id("pitch-save")));
                j.b.settle();
                j.b.waitFor(By.id("pitch-slots"));
                j.page("pitch-planned");
                CHECKS.cellsShowEverything(j, "pitch-slots");
                j.b.click(j.b.waitFor(By.id("pitch-send")));
                j.b.settle();
                j.b.step("pitch-send-confirm");
                j.b.confirm(j.t("pitch.send"));
                j.b.waitForText(j.t("pitch.status.INVITED"));
                j.page("pitch-sent");
            });
            long day = pitches.of(c.challengeId()).orElseThrow().id();
            journey(width, second(width), "p-applicant", j -> {
                j.signIn(c.applicants().getFirst().getEmail(), PASSWORD, "my-proposals");
                j.b.waitFor(By.id("home-waiting"));
                j.page("home-pitch-waiting");
                j.visit("pitch/" + c.proposals().getFirst(), "pitch-slot");
                assertThat(j.b.text()).contains(j.t("pitch.applicant.title"), "Sala Verdi, Torino", j.t("pitch.ics"));
            });
            pitchFixture.firePitchStart(day);
            journey(width, first(width), "p-jury", j -> {
                j.signIn(c.jury().getFirst().getEmail(), PASSWORD, "evaluate");
                j.b.open("pitch-scores/" + day);
                long proposal = c.proposals().getFirst();
                j.b.waitFor(By.id("pitch-" + proposal));
                j.page("pitch-scores");
                j.b.selectAllIn(By.id("pitch-" + proposal), 8); // 4 points on each criterion
                j.b.click(j.b.waitFor(By.id("pitch-save-" + proposal)));
                j.b.settle();
                j.b.waitForText(j.t("pitch.jury.scored"));
                j.page("pitch-scoring");
            });
        }
    }

    // ------------------------------------------------------------------ appeals

    @Test
    @Order(3)
    void theApplicantAppealsTheFirmAssignsAReviewerWhoGivesAnOpinion() throws Exception {
        for (int width : PHONE) {
            List<UserAccount> pool = path.evaluators(5);
            long challenge = path.openChallenge("Appeal in the browser " + width, 1, false, 10);
            UserAccount applicant = path.applicant();
            long proposal = path.evaluatedAndPublished(challenge, applicant, List.of(pool.getFirst()));
            journey(width, first(width), "ap-applicant", j -> {
                j.signIn(applicant.getEmail(), PASSWORD, "my-proposals");
                j.visit("results/" + proposal, "result-with-appeal");
                j.b.waitFor(By.id("appeal-section"));
                j.b.waitFor(By.cssSelector("#appeal-grounds textarea")).sendKeys("Our pilot results at " + width + " were ignored.");
                j.b.click(j.b.waitFor(By.id("appeal-file")));
                j.b.settle();
                j.b.step("appeal-confirm");
                j.b.confirm(j.t("appeal.applicant.file"));
                j.b.waitForText(j.t("appeal.status.FILED"));
                j.page("appeal-filed");
            });
            long appeal = jdbc.queryForObject("select id from appeal where proposal_id = ?", Long.class, proposal);
            UserAccount reviewer = pool.get(3);
            journey(width, second(width), "ap-firm", j -> {
                j.signIn(path.manager().getEmail(), PASSWORD, "firm");
                j.visit("evaluation/" + challenge, "evaluation");
                j.b.tab(j.t("evaluation.tab.appeals"));
                j.b.waitFor(By.id("appeal-reviewers-" + appeal));
                j.page("appeals-tab");
            });
            path.challenges.signIn(path.manager());
            appealDecisions.assign(appeal, List.of(reviewer.getId()), Instant.now().plus(7, ChronoUnit.DAYS));
            path.challenges.signOut();
            journey(width, first(width), "ap-reviewer", j -> {
                j.signIn(reviewer.getEmail(), PASSWORD, "evaluate");
                j.b.waitForText(j.t("appeal.inbox.go"));
                j.visit("appeals/" + appeal + "/review", "appeal-review");
                j.b.radio(j.t("appeal.review.yes"));
                j.b.waitFor(By.cssSelector("#appeal-opinion textarea")).sendKeys("The pilot results were not read.");
                j.b.click(j.b.waitFor(By.id("appeal-give")));
                j.b.settle();
                j.b.confirm(j.t("appeal.review.give"));
                j.b.waitFor(By.id("appeal-opinion-given"));
                j.page("appeal-opinion-given");
            });
        }
    }

    // ------------------------------------------------------------------ audience award

    @Test
    @Order(4)
    void anApplicantOptsInAMemberVotesOnceTheFirmSeesOnlyHowManyVoted() throws Exception {
        for (int width : PHONE) {
            VoteDriver.Scenario s = votes.closedChallenge();
            // the firm's own name for the award, in neither language's words
            VoteSettings defaults = VoteDriver.settings(Audience.MEMBERS, false, false, Set.of(s.pa(), s.pb(), s.pc()));
            path.challenges.signIn(path.manager());
            long vote = votes.votes.configure(s.challenge(), new VoteSettings("Convergo Award " + width, defaults.audience(),
                    false, false, defaults.opensAt(), defaults.closesAt(), defaults.proposalIds()), -1);
            path.challenges.signOut();
            votes.optIn(s.c(), s.pc(), VoteDriver.TITLE_C);
            journey(width, first(width), "v-applicant", j -> {
                j.signIn(s.a().getEmail(), PASSWORD, "my-proposals");
                j.visit("vote-entry/" + s.pa(), "vote-entry");
                j.b.waitFor(By.cssSelector("#vote-entry-title input")).sendKeys(VoteDriver.TITLE_A);
                j.b.waitFor(By.cssSelector("#vote-entry-summary textarea")).sendKeys("Roof tiles that make power.");
                j.b.click(j.b.waitFor(By.id("vote-entry-in")));
                j.b.settle();
                j.b.waitFor(By.id("vote-entry-out"));
                j.page("vote-entry-in");
            });
            votes.open(vote);
            UserAccount voter = path.applicant();
            long entry = votes.entryId(voter, s.slug(), VoteDriver.TITLE_A);
            journey(width, second(width), "v-voter", j -> {
                j.signIn(voter.getEmail(), PASSWORD, "my-proposals");
                j.visit("vote/" + s.slug(), "vote");
                j.b.click(j.b.waitFor(By.id("vote-for-" + entry)));
                j.b.settle();
                j.b.step("vote-confirm");
                j.b.confirm(j.t("vote.page.castVote"));
                j.b.waitFor(By.id("vote-mine"));
                j.page("voted");
            });
            journey(width, first(width), "v-firm", j -> {
                j.signIn(path.manager().getEmail(), PASSWORD, "firm");
                j.visit("evaluation/" + s.challenge(), "evaluation");
                j.b.tab(j.t("evaluation.tab.vote"));
                j.b.waitFor(By.id("vote-firm-summary"));
                j.page("vote-tab");
            });
        }
    }

    // ------------------------------------------------------------------ two-stage shortlist

    @Test
    @Order(5)
    void theFirmShortlistsTheOutlinesOfATwoStageCall() throws Exception {
        for (int width : WIDTHS) {
            UserAccount manager = challenges.firmManager();
            challenges.signIn(manager);
            long challenge = challenges.twoStageOpen(ChallengeFixtures.unique("Kiln heat " + width));
            challenges.signOut();
            List<Long> outlines = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outlines.add(proposals.outline(path.applicant(), challenge));
            }
            challenges.fireLifecycleTimer(challenge);
            journey(width, first(width), "s-firm", j -> {
                j.signIn(manager.getEmail(), PASSWORD, "firm");
                j.visit("firm/shortlist/" + challenge, "shortlist");
                j.b.waitFor(By.id("shortlist-summary"));
                assertThat(j.b.text()).contains("Heat outline " + outlines.getFirst());
                j.b.press(j.t("shortlist.decide"));
                j.b.waitFor(By.id("shortlist-dialog"));
                j.b.radio(j.t("shortlist.yes"));
                j.b.waitFor(By.cssSelector("#shortlist-feedback textarea")).sendKeys("Good fit with our kilns.");
                j.page("shortlist-decision");
                j.b.click(j.b.waitFor(By.id("shortlist-save")));
                j.b.settle();
                j.b.waitUntil("return document.querySelector('vaadin-dialog-overlay[opened]') === null");
                j.page("shortlist-one-decided");
                CHECKS.cellsShowEverything(j, "shortlist-outlines");
            });
        }
    }

    // ------------------------------------------------------------------ consents and invited organisations

    @Test
    @Order(6)
    void aMemberUnsubscribesInOneClickAndAFirmImportsItsInvitedOrganisations() throws Exception {
        for (int width : PHONE) {
            UserAccount member = accounts.user("unsub" + width, accounts.organisation("Unsub " + width, OrganisationType.SME),
                    Role.APPLICANT);
            challenges.signIn(member);
            consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
            challenges.signOut();
            String link = consents.unsubscribeLink(member.getId(), ConsentPurpose.MARKETING_EMAILS);
            journey(width, first(width), "c-member", j -> {
                j.visit(link.substring(link.indexOf("unsubscribe/")), "unsubscribed");
                assertThat(j.b.text()).contains(j.t("consent.unsubscribe.done"));
                j.b.click(j.b.waitFor(By.id("unsubscribe-undo")));
                j.b.settle();
                j.b.waitForText(j.t("consent.unsubscribe.undone"));
                j.page("unsubscribe-undone");
            });
            UserAccount manager = challenges.firmManager();
            challenges.signIn(manager);
            ChallengeDraft d = challenges.completeDraft(ChallengeFixtures.unique("Invited list " + width));
            d.setVisibility(Visibility.INVITE_ONLY);
            d.setAccessCode("LIST-" + System.nanoTime());
            long challenge = editor.save(d);
            challenges.signOut();
            journey(width, second(width), "c-firm", j -> {
                j.signIn(manager.getEmail(), PASSWORD, "firm");
                j.visit("network/matches/" + challenge, "matches");
                j.b.click(j.b.waitFor(By.id("org-import-open")));
                j.b.settle();
                j.b.waitFor(By.id("org-import-upload"));
                j.page("organisation-import");
            });
        }
    }

    // ------------------------------------------------------------------ consortium building

    @Test
    @Order(7)
    void anApplicantFindsPartnersAndAsksThePartnerAcceptsFromItsHome() throws Exception {
        for (int width : PHONE) {
            challenges.signIn(challenges.firmManager());
            long challenge = challenges.open(ChallengeFixtures.unique("Press line energy " + width));
            String slug = challengeViews.view(challenge).slug();
            UserAccount builder = network.member("Cell builder " + width, OrganisationType.STARTUP, Role.APPLICANT);
            long builderId = network.signIn(builder).organisationId();
            network.partneringProfile("Robotic cells that load presses", TechnologyArea.ROBOTICS);
            UserAccount lab = network.member("Sensor lab " + width, OrganisationType.UNIVERSITY, Role.APPLICANT);
            long labId = network.signIn(lab).organisationId();
            network.partneringProfile("Wireless sensors that find where a press line wastes energy",
                    TechnologyArea.INDUSTRIAL_IOT);
            myPosts.post(new PostForm(PostKind.OFFER, Arrangement.FACILITY_USE, TechnologyArea.ROBOTICS,
                    "Robot test cell " + width, "Our robotic test cell for presses, by the day", 7, 30));
            network.signOut();
            journey(width, first(width), "t-applicant", j -> {
                j.signIn(builder.getEmail(), PASSWORD, "my-proposals");
                j.b.waitFor(By.id("home-fits-profile"));
                assertThat(j.b.text()).as("an offer of the network that fits the profile")
                        .contains(j.t("network.forMe.posts"), "Robot test cell " + width);
                j.page("home-fits-offers");
                if (width < 1280) {
                    // on the phone only, where its layout is at risk (the same steps at 1280 px are the Karibu test's):
                    // a hostile file named like a picture is refused, the upload stays usable, a real one is kept
                    j.visit("network/profile", "profile-editor-logo");
                    Path fake = Files.writeString(Files.createTempFile("logo", ".png"), "<svg onload=alert(1)></svg>");
                    j.b.upload("profile-logo-upload", fake);
                    j.b.waitForText(j.t("network.logo.error.invalid"));
                    assertThat(j.b.listedFiles("profile-logo-upload")).isZero();
                    j.page("logo-refused");
                    Path png = Files.write(Files.createTempFile("logo", ".png"), LogoPictures.png(900, 300));
                    j.b.upload("profile-logo-upload", png);
                    j.b.waitForText(j.t("network.logo.saved"));
                    j.b.waitFor(By.cssSelector("#profile-logo-current img"));
                    j.page("logo-saved");
                    j.visit("network/" + builderId, "profile-page-logo");
                    j.b.waitFor(By.cssSelector("img.cv-org-logo"));
                }
                j.visit("challenges/" + slug, "challenge-with-partners");
                j.b.click(j.b.waitFor(By.id("challenge-find-partners")));
                j.b.settle();
                j.b.waitFor(By.id("partner-" + labId));
                j.page("partners");
                assertThat(j.b.text()).contains(j.t("consortium.brings", j.t("area.INDUSTRIAL_IOT")));
                j.b.click(j.b.waitFor(By.id("ask-" + labId)));
                j.b.settle();
                j.b.waitFor(By.cssSelector("#message-" + labId + " textarea")).sendKeys("Your sensors, our cells.");
                j.page("partner-message");
                j.b.click(j.b.waitFor(By.id("send-" + labId)));
                j.b.settle();
                j.b.waitForText(j.t("consortium.status.PENDING"));
                j.page("partner-asked");
            });
            journey(width, second(width), "t-partner", j -> {
                j.signIn(lab.getEmail(), PASSWORD, "my-proposals");
                j.b.waitFor(By.id("home-partner-requests"));
                j.b.click(j.b.waitFor(By.cssSelector("#home-partner-requests a")));
                j.b.settle();
                j.b.waitFor(By.id("requests-received"));
                j.page("requests");
                j.b.press(j.t("consortium.accept"));
                j.b.step("request-accept-confirm");
                j.b.confirm(j.t("consortium.accept"));
                j.b.waitForText(j.t("consortium.status.ACCEPTED"));
                j.page("request-accepted");
                assertThat(j.b.text()).contains(builder.getEmail());
            });
        }
    }
}
