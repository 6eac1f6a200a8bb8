package it.convergo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.convergo.account.AccountFixtures;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.SubmissionInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's contract over real HTTP: every endpoint with the right token, without one (401), with a read
 * token on a POST (403), with someone else's ids (404), refusals as problem details; an applicant's submission
 * through the API is the one the service stores, with its receipt; the description for signed-in users only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private UserAccount manager;
    private UserAccount applicant;
    private long challengeId;
    private long proposalId;
    private long othersProposalId;

    @BeforeEach
    void openAChallengeWithTwoDrafts() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        challengeId = fixtures.open(ChallengeFixtures.unique("API challenge"));
        applicant = fixtures.applicant();
        proposalId = proposals.complete(applicant, challengeId);
        othersProposalId = proposals.complete(fixtures.applicant(), challengeId);
        fixtures.signOut();
    }

    private String token(UserAccount owner, ApiScope scope) {
        fixtures.signIn(owner);
        try {
            return tokens.create("contract " + scope, scope, LocalDate.now(clock.withZone(Times.ROME))).secret();
        } finally {
            fixtures.signOut();
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return call("GET", path, token, null);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** RFC 9457: the media type and the members, with the translated detail and the message key. */
    private JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("instance").asString()).startsWith("/api/");
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotStartWith("!");
        return problem;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void theCatalogueIsPublicAndForeignOrUnknownChallengesAreNotFound() throws Exception {
        HttpResponse<String> list = get("/api/challenges?size=100", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(ids(body(list))).contains(challengeId);

        HttpResponse<String> one = get("/api/challenges/" + challengeId, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(body(one).get("title").asString()).startsWith("API challenge");
        assertThat(body(one).get("status").asString()).isEqualTo("OPEN");
        assertThat(get("/api/challenges/" + challengeId, token(applicant, ApiScope.READ)).statusCode()).isEqualTo(200);

        assertProblem(get("/api/challenges/999999999", null), 404, "error.notFound");
        assertProblem(get("/api/challenges?size=1000", null), 400, "api.error.page");
        assertThat(get("/api/challenges/not-a-number", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anApplicantReadsOnlyTheirOwnProposals() throws Exception {
        String read = token(applicant, ApiScope.READ);

        assertProblem(get("/api/my/proposals", null), 401, "api.error.unauthenticated");
        HttpResponse<String> wrong = get("/api/my/proposals", "cvg_not-a-real-token");
        assertProblem(wrong, 401, "api.error.token");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        HttpResponse<String> mine = get("/api/my/proposals", read);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ids(body(mine))).containsExactly(proposalId);

        HttpResponse<String> one = get("/api/my/proposals/" + proposalId, read);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(body(one).get("status").asString()).isEqualTo("DRAFT");
        assertThat(body(one).get("lead").asBoolean()).isTrue();

        assertProblem(get("/api/my/proposals/" + othersProposalId, read), 404, "error.notFound");
        assertProblem(get("/api/my/proposals/" + proposalId, token(manager, ApiScope.READ)), 403, "api.error.forbidden");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'api.call' and details = ?",
                Long.class, "GET /api/my/proposals/" + othersProposalId)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void submittingNeedsAWriteTokenTheOwnProposalAndTheCurrentVersion() throws Exception {
        String read = token(applicant, ApiScope.READ);
        String write = token(applicant, ApiScope.WRITE);
        long version = body(get("/api/my/proposals/" + proposalId, read)).get("version").asLong();
        String submit = "/api/my/proposals/" + proposalId + "/submit";

        assertProblem(call("POST", submit, null, "{\"version\":" + version + "}"), 401, "api.error.unauthenticated");
        assertProblem(call("POST", submit, read, "{\"version\":" + version + "}"), 403, "api.error.scope");
        assertProblem(call("POST", "/api/my/proposals/" + othersProposalId + "/submit", write,
                "{\"version\":" + version + "}"), 404, "error.notFound");
        assertProblem(call("POST", submit, write, "{}"), 400, "api.error.version");
        JsonNode stale = assertProblem(call("POST", submit, write, "{\"version\":" + (version + 7) + "}"), 409,
                "error.concurrentEdit");
        assertThat(stale.get("detail").asString()).doesNotContain("error.");

        // the same refusal in Italian for an Italian client
        HttpResponse<String> italian = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + submit))
                .header("Authorization", "Bearer " + read).header("Accept-Language", "it")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(body(italian).get("detail").asString()).contains("token può solo leggere");
    }

    @Test
    void aSubmissionThroughTheApiIsTheOneTheServiceStoresWithItsReceipt() throws Exception {
        String write = token(applicant, ApiScope.WRITE);
        long version = body(get("/api/my/proposals/" + proposalId, write)).get("version").asLong();

        HttpResponse<String> submitted = call("POST", "/api/my/proposals/" + proposalId + "/submit", write,
                "{\"version\":" + version + "}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode receipt = body(submitted);

        fixtures.signIn(applicant);
        List<SubmissionInfo> stored = submissions.submissions(proposalId);
        assertThat(stored).singleElement().satisfies(info -> {
            assertThat(receipt.get("number").asInt()).isEqualTo(info.number()).isEqualTo(1);
            assertThat(receipt.get("contentHash").asString()).isEqualTo(info.contentHash());
            // the database keeps the instant at its own precision (whole seconds on some MariaDB columns)
            assertThat(Instant.parse(receipt.get("submittedAt").asString()))
                    .isCloseTo(info.submittedAt(), within(1, ChronoUnit.SECONDS));
        });
        assertThat(submissions.receipt(proposalId, 1).bytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        fixtures.signOut();
        JsonNode overview = body(get("/api/my/proposals/" + proposalId, write));
        assertThat(overview.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(overview.get("contentHash").asString()).isEqualTo(receipt.get("contentHash").asString());

        // a second click with the old version is refused and changes nothing
        assertThat(call("POST", "/api/my/proposals/" + proposalId + "/submit", write, "{\"version\":" + version + "}")
                .statusCode()).isEqualTo(409);
        fixtures.signIn(applicant);
        assertThat(submissions.submissions(proposalId)).hasSize(1);
        fixtures.signOut();
    }

    @Test
    void aFirmManagerListsChallengesAndSeesProposalsOnlyAfterTheClose() throws Exception {
        String read = token(manager, ApiScope.READ);
        String proposalsPath = "/api/firm/challenges/" + challengeId + "/proposals";
        HttpResponse<String> mine = get("/api/firm/challenges", read);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ids(body(mine))).contains(challengeId);

        fixtures.signIn(applicant);
        proposals.submit(proposalId);
        fixtures.signOut();
        assertProblem(get(proposalsPath, read), 409, "proposal.error.firmBeforeClose");
        assertProblem(get(proposalsPath, null), 401, "api.error.unauthenticated");
        assertProblem(get(proposalsPath, token(applicant, ApiScope.READ)), 403, "api.error.forbidden");

        fixtures.fireLifecycleTimer(challengeId);
        HttpResponse<String> after = get(proposalsPath, read);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(ids(body(after))).containsExactly(proposalId);
        assertProblem(get(proposalsPath, token(fixtures.firmManager(), ApiScope.READ)), 404, "error.notFound");
        assertThat(ids(body(get("/api/firm/challenges", token(fixtures.firmManager(), ApiScope.READ)))))
                .doesNotContain(challengeId);
    }

    @Test
    void eachTokenIsRateLimitedAndEveryCallIsAudited() throws Exception {
        String read = token(applicant, ApiScope.READ);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'api.call'", Long.class);
        int allowed = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 130; i++) {
            last = get("/api/my/proposals", read);
            if (last.statusCode() != 200) {
                break;
            }
            allowed++;
        }
        assertThat(allowed).isEqualTo(120);
        assertProblem(last, 429, "api.error.rateLimit");
        assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'api.call'", Long.class);
        assertThat(after - before).isGreaterThanOrEqualTo(120);
        // another token of the same person has its own allowance
        assertThat(get("/api/my/proposals", token(applicant, ApiScope.READ)).statusCode()).isEqualTo(200);
    }

    @Test
    void theDescriptionIsForSignedInUsersOnly() throws Exception {
        assertThat(get("/api/docs/openapi.json", null).statusCode()).isNotEqualTo(200);
        assertThat(get("/api/docs/openapi.json", token(applicant, ApiScope.READ)).statusCode()).isNotEqualTo(200);
        assertThat(get("/api/docs", null).statusCode()).isNotEqualTo(200);

        String session = signInOverHttp(applicant);
        HttpResponse<String> description = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/docs/openapi.json")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(description.statusCode()).as(description.body()).isEqualTo(200);
        JsonNode paths = body(description).get("paths");
        assertThat(paths.has("/api/challenges")).isTrue();
        assertThat(paths.has("/api/my/proposals/{id}/submit")).isTrue();
        assertThat(paths.has("/api/firm/challenges/{id}/proposals")).isTrue();

        // the browsable page, after springdoc's redirects
        String path = "/api/docs";
        HttpResponse<String> page = null;
        for (int hops = 0; hops < 4; hops++) {
            page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 302) {
                break;
            }
            path = URI.create(page.headers().firstValue("Location").orElseThrow()).getPath();
        }
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }

    /** Signs in through the login form as a browser would; answers the session cookie. */
    private String signInOverHttp(UserAccount user) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(user.getEmail(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(AccountFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }
}
