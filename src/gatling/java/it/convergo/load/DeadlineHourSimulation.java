package it.convergo.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.function.Function;

/**
 * An applicant's deadline hour through the real HTTP stack (docs/operations.md, "Load test"): sign in with
 * Spring Security's form login (CSRF token from the login page), open the catalogue and search it, open the
 * challenge, open the proposal, change the title three times (each change autosaved), upload a PDF, submit and
 * confirm. Pages and clicks go through Vaadin's UIDL protocol as a browser sends them: the first page is the
 * bootstrap page, {@code ?v-r=init} (security key, UI id) and the {@code ui-navigate} event; the challenge and
 * the proposal are reached by links inside that page (a {@code ui-navigate} event on the same UI); every later
 * request carries the sync id and client id of the last answer and names the nodes that answer created
 * ({@link Uidl}). Two steps are plain HTTP, as in a browser: the login form POST and the file upload, which the
 * browser's {@code vaadin-upload} posts as multipart to the URL the server put in the component's
 * {@code target} attribute.
 *
 * <p>System properties: {@code load.base} (http://127.0.0.1:8080), {@code load.users} (200), {@code
 * load.ramp} seconds over which users arrive (60), {@code load.feeder} (target/load/users.csv, written by
 * LoadTestSetup), {@code load.pdf} (the file uploaded), {@code load.think} seconds between steps (2), {@code
 * load.acks} a file where every acknowledged autosave and receipt is written, and after which a user whose journey
 * failed signs in again and reopens the proposal (the kill test, {@code ops/load-test.sh --kill-after}).
 */
public class DeadlineHourSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final String FEEDER = System.getProperty("load.feeder", "target/load/users.csv");
    private static final String PDF = System.getProperty("load.pdf", "target/load/annex.pdf");
    private static final Duration THINK = Duration.ofSeconds(Integer.getInteger("load.think", 2));
    private static final java.nio.file.Path ACKS = System.getProperty("load.acks") == null ? null
            : java.nio.file.Path.of(System.getProperty("load.acks"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("en")
            .userAgentHeader("Convergo load test").disableCaching();

    /** A page as the browser opens it by its address: bootstrap HTML, init, navigation event (a new UI). */
    private static ChainBuilder page(String name, String route, CheckBuilder... expected) {
        return exec(http(name + " page").get("/" + route).check(status().is(200)))
                .exec(http(name + " init").get("/").queryParam("v-r", "init").queryParam("location", route)
                        .queryParam("query", "").check(status().is(200), bodyString().saveAs("init")))
                .exec(Uidl::initialised)
                .exec(uidl(name + " navigate", s -> Uidl.rpc().add(navigate(resolved(route, s))), expected));
    }

    /**
     * A link followed inside the page, as a browser does for a router link: one navigation event on the UI
     * already open, no new page and no new UI (a person clicks from the catalogue to the challenge to the editor).
     */
    private static ChainBuilder link(String name, String route, CheckBuilder... expected) {
        return exec(uidl(name + " navigate", s -> Uidl.rpc().add(navigate(resolved(route, s))), expected));
    }

    /** The route with the feeder's values in place of {@code #{name}} (Gatling resolves them only in its DSL). */
    private static String resolved(String route, Session s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#\\{(\\w+)}").matcher(route);
        return m.replaceAll(r -> s.getString(r.group(1)));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode navigate(String route) {
        var e = Uidl.event(1, "ui-navigate");
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.get("data")).put("route", route).put("query", "")
                .put("appShellTitle", "").put("trigger", "").putObject("historyState").put("idx", 0);
        return e;
    }

    /** One UIDL round trip; an answer that reports an application error or an expired session is an error. */
    private static ChainBuilder uidl(String name, Function<Session, ArrayNode> rpc, CheckBuilder... expected) {
        return exec(http(name).post(s -> "/?v-r=uidl&v-uiId=" + s.getInt("ui"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> Uidl.request(s, rpc.apply(s))))
                .check(status().is(200), substring("appError").notExists(), substring("sessionExpired").notExists(),
                        substring("Vaadin-Refresh").notExists(), bodyString().saveAs("answer"))
                .check(expected))
                .exec(Uidl::answered);
    }

    private final ChainBuilder signIn = exec(http("login page").get("/login")
            .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
            .exec(http("login post").post("/login").disableFollowRedirect()
                    .formParam("username", "#{email}").formParam("password", "#{password}").formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));

    private final ChainBuilder browse = exec(page("catalogue", "challenges", substring("catalogue-search"))).pause(THINK)
            .exec(uidl("catalogue search", s -> {
                int search = nodes(s).find("vaadin-text-field", "id", "catalogue-search");
                return Uidl.rpc().add(Uidl.sync(search, "value", "Load")).add(Uidl.event(search, "input"));
            }))
            .pause(THINK)
            .exec(link("challenge", "challenges/#{slug}", substring("Load test")));

    private final ChainBuilder edit = exec(link("editor", "proposals/#{proposalId}", substring("proposal-upload-general")))
            .exec(s -> {
                Uidl.Nodes nodes = nodes(s);
                int upload = nodes.find("vaadin-upload", "id", "proposal-upload-general");
                return s.set("title", nodes.find("vaadin-text-field", "label", "Title"))
                        .set("submitButton", nodes.find("vaadin-button", "theme", "primary"))
                        .set("uploadNode", upload).set("uploadTarget", nodes.value(upload, "target").get("uri").asText());
            })
            .repeat(3, "edit").on(pause(THINK).exec(uidl("autosave", s -> Uidl.rpc()
                    .add(Uidl.sync(s.getInt("title"), "value", "Vision retrofit, version " + (s.getInt("edit") + 2)))
                    .add(Uidl.event(s.getInt("title"), "input")), substring("cv-saved")))
                    .exec(s -> acknowledged(s, "SAVED " + (s.getInt("edit") + 2))));

    private final ChainBuilder submit = pause(THINK)
            .exec(http("upload PDF").post("/#{uploadTarget}")
                    .formUpload("file", PDF).check(status().is(200)))
            .exec(uidl("upload done", s -> {
                var done = Uidl.event(s.getInt("uploadNode"), "upload-success");
                ((com.fasterxml.jackson.databind.node.ObjectNode) done.get("data"))
                        .put("element.files.some(file => file.uploading)", false);
                return Uidl.rpc().add(done);
            }))
            .pause(THINK)
            .exec(uidl("submit click", s -> Uidl.rpc().add(Uidl.event(s.getInt("submitButton"), "click"))))
            .exec(uidl("submit confirm", s -> Uidl.rpc()
                    .add(Uidl.event(nodes(s).newest("vaadin-confirm-dialog"), "confirm"))))
            .exec(uidl("submit receipt", s -> Uidl.rpc().add(Uidl.channel(s.getInt("channelNode"), s.getInt("channel"))),
                    substring("hash "), substring("Receipt (PDF)")))
            .exec(s -> acknowledged(s, "ACK"));

    /**
     * After a failed journey (e.g. its node was killed): sign in again, which the proxy sends to a node that is up,
     * and open the proposal by its address; what the page shows is written to the acknowledgements file, so that
     * the kill test can check it against what was acknowledged before.
     */
    private final ChainBuilder signInAgain = exec(flushSessionCookies()).exec(signIn)
            .exec(page("reopen", "proposals/#{proposalId}"))
            .exec(s -> {
                String shown = s.getString("answer");
                java.util.regex.Matcher v = java.util.regex.Pattern.compile("Vision retrofit, version (\\d+)").matcher(shown);
                int version = 0;
                while (v.find()) {
                    version = Math.max(version, Integer.parseInt(v.group(1)));
                }
                return acknowledged(s, "REOPENED " + (shown.contains("hash ") ? "submitted" : "draft") + " " + version);
            });

    /** Appends "WHAT email proposalId" to the file of {@code load.acks}, when given (the kill test reads it). */
    private static Session acknowledged(Session s, String what) {
        if (ACKS != null) {
            String line = what.split(" ")[0] + " " + s.getString("email") + " " + s.getString("proposalId")
                    + what.substring(what.split(" ")[0].length()) + System.lineSeparator();
            synchronized (DeadlineHourSimulation.class) {
                try {
                    java.nio.file.Files.writeString(ACKS, line, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return s;
    }

    private static Uidl.Nodes nodes(Session s) {
        return s.get("nodes");
    }

    private final ScenarioBuilder applicant = scenario("applicant in the deadline hour")
            .feed(csv(FEEDER).queue())
            .exitBlockOnFail().on(exec(signIn).pause(THINK).exec(browse).pause(THINK).exec(edit).exec(submit))
            .doIf(s -> ACKS != null && s.isFailed()).then(exec(Session::markAsSucceeded).pause(THINK)
                    .exitBlockOnFail().on(exec(signInAgain)));

    {
        setUp(applicant.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol);
    }
}
