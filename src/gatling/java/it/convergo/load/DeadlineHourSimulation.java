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
 * confirm. Pages and clicks go through Vaadin's UIDL protocol as a browser sends them: each page is the
 * bootstrap page, {@code ?v-r=init} (security key, UI id) and the {@code ui-navigate} event; every later
 * request carries the sync id and client id of the last answer and names the nodes that answer created
 * ({@link Uidl}). Two steps are plain HTTP, as in a browser: the login form POST and the file upload, which the
 * browser's {@code vaadin-upload} posts as multipart to the URL the server put in the component's
 * {@code target} attribute.
 *
 * <p>System properties: {@code load.base} (http://127.0.0.1:8080), {@code load.users} (200), {@code
 * load.ramp} seconds over which users arrive (60), {@code load.feeder} (target/load/users.csv, written by
 * LoadTestSetup), {@code load.pdf} (the file uploaded), {@code load.think} seconds between steps (2).
 */
public class DeadlineHourSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final String FEEDER = System.getProperty("load.feeder", "target/load/users.csv");
    private static final String PDF = System.getProperty("load.pdf", "target/load/annex.pdf");
    private static final Duration THINK = Duration.ofSeconds(Integer.getInteger("load.think", 2));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("en")
            .userAgentHeader("Convergo load test").disableCaching();

    /** A page as the browser opens it: bootstrap HTML, init, navigation event. */
    private static ChainBuilder page(String name, String route, CheckBuilder... expected) {
        return exec(http(name + " page").get("/" + route).check(status().is(200)))
                .exec(http(name + " init").get("/").queryParam("v-r", "init").queryParam("location", route)
                        .queryParam("query", "").check(status().is(200), bodyString().saveAs("init")))
                .exec(Uidl::initialised)
                .exec(uidl(name + " navigate", s -> Uidl.rpc().add(navigate(resolved(route, s))), expected));
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
            .exec(page("challenge", "challenges/#{slug}", substring("Load test")));

    private final ChainBuilder edit = exec(page("editor", "proposals/#{proposalId}", substring("proposal-upload-general")))
            .exec(s -> {
                Uidl.Nodes nodes = nodes(s);
                int upload = nodes.find("vaadin-upload", "id", "proposal-upload-general");
                return s.set("title", nodes.find("vaadin-text-field", "label", "Title"))
                        .set("submitButton", nodes.find("vaadin-button", "theme", "primary"))
                        .set("uploadNode", upload).set("uploadTarget", nodes.value(upload, "target").get("uri").asText());
            })
            .repeat(3, "edit").on(pause(THINK).exec(uidl("autosave", s -> Uidl.rpc()
                    .add(Uidl.sync(s.getInt("title"), "value", "Vision retrofit, version " + (s.getInt("edit") + 2)))
                    .add(Uidl.event(s.getInt("title"), "input")), substring("cv-saved"))));

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
                    substring("hash "), substring("Receipt (PDF)")));

    private static Uidl.Nodes nodes(Session s) {
        return s.get("nodes");
    }

    private final ScenarioBuilder applicant = scenario("applicant in the deadline hour")
            .feed(csv(FEEDER).queue())
            .exitBlockOnFail().on(exec(signIn).pause(THINK).exec(browse).pause(THINK).exec(edit).exec(submit));

    {
        setUp(applicant.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol);
    }
}
