package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The local two-node set-up ({@code ops/two-nodes.sh}) as a visitor meets it: nginx spreads new visitors over
 * both nodes and keeps each on its node (cookie), a signed-in user stays signed in; after {@code kill -9} of a
 * node, its visitors reach the other node, where they sign in again. MySQL/MariaDB with nginx installed only.
 */
class ProxyFailoverTest {

    private static final int PROXY = 18180;
    private static final int NODE1 = 18181;
    private static final int NODE2 = 18182;
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String ADMIN = "admin@convergo.demo";
    private static final String DEMO_PASSWORD = "Convergo2026";
    /** A request only a signed-in administrator gets a 200 for (no scrape token is configured here). */
    private static final String ADMIN_ONLY = "/actuator/prometheus";

    @Test
    void visitorsStayOnTheirNodeAndMoveWhenItDies() throws Exception {
        assumeTrue(NodeDatabase.onMysql(), "runs on MySQL/MariaDB only");
        assumeTrue(Files.isExecutable(Paths.get("/usr/sbin/nginx")), "needs Debian's nginx");
        Path work = Paths.get("target", "proxy-failover");
        ProcessBuilder script = new ProcessBuilder("ops/two-nodes.sh", "--for", "900", "--fresh").redirectErrorStream(true);
        script.environment().putAll(java.util.Map.of(
                "NODES_CLASSPATH", System.getProperty("java.class.path"),
                // the JDK's XML parser for the BPMN files, as in the tests (see NodeProcess)
                "NODES_JAVA_OPTS", "-Djavax.xml.stream.XMLInputFactory=" + System.getProperty(
                        "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl"),
                "TWO_NODES_WORK", work.toString(),
                "PROXY_PORT", String.valueOf(PROXY), "NODE1_PORT", String.valueOf(NODE1), "NODE2_PORT", String.valueOf(NODE2),
                "CONVERGO_DB_NAME", NodeDatabase.NAME, "CONVERGO_DB_USER", NodeDatabase.USER,
                "CONVERGO_DB_PASSWORD", NodeDatabase.PASSWORD, "CONVERGO_DEMO_DATA", "true"));
        Process twoNodes = script.start();
        try {
            awaitReady(twoNodes);

            Set<String> firstNodes = new HashSet<>();
            for (int i = 0; i < 16; i++) {
                firstNodes.add(upstream(get(newVisitor(), "/login")));
            }
            HttpClient visitor = newVisitor();
            String home = upstream(get(visitor, "/login"));
            for (int i = 0; i < 5; i++) {
                assertThat(upstream(get(visitor, "/challenges"))).as("a visitor stays on its node").isEqualTo(home);
            }
            assertThat(get(visitor, ADMIN_ONLY).statusCode()).as("not signed in yet").isNotEqualTo(200);
            signIn(visitor);
            assertThat(get(visitor, ADMIN_ONLY).statusCode()).as("signed in through the proxy").isEqualTo(200);

            int homePort = Integer.parseInt(home.substring(home.lastIndexOf(':') + 1));
            long pid = Long.parseLong(Files.readString(work.resolve(homePort == NODE1 ? "node1.pid" : "node2.pid")).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);  // kill -9
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

            HttpResponse<String> after = get(visitor, "/login");
            String other = upstream(after);
            System.out.printf("proxy: new visitors went to %s; a visitor on %s, signed in; after kill -9 of that node the "
                    + "next request answered %d by %s%n", firstNodes, home, after.statusCode(), other);
            assertThat(firstNodes).as("new visitors are spread over both nodes").hasSize(2);
            assertThat(after.statusCode()).as("the other node answers").isEqualTo(200);
            assertThat(other).as("served by the surviving node").doesNotContain(":" + homePort);
            assertThat(get(visitor, ADMIN_ONLY).statusCode()).as("the session died with its node").isNotEqualTo(200);
            signIn(visitor);
            assertThat(get(visitor, ADMIN_ONLY).statusCode()).as("signed in again on the surviving node").isEqualTo(200);
        } finally {
            twoNodes.toHandle().descendants().forEach(ProcessHandle::destroy);
            twoNodes.destroy();
            twoNodes.waitFor(60, TimeUnit.SECONDS);
            twoNodes.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void awaitReady(Process twoNodes) throws Exception {
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(twoNodes.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("READY")) {
                        return line;
                    }
                }
                throw new IllegalStateException("ops/two-nodes.sh ended before the nodes were ready:\n" + seen);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println(ready.get(15, TimeUnit.MINUTES));
    }

    private static HttpClient newVisitor() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> get(HttpClient visitor, String path) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PROXY + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String upstream(HttpResponse<?> response) {
        String all = response.headers().firstValue("X-Convergo-Upstream").orElse("none");
        return all.substring(all.lastIndexOf(' ') + 1);  // after a failed try nginx lists every server it tried
    }

    private static void signIn(HttpClient visitor) throws Exception {
        HttpResponse<String> page = get(visitor, "/login");
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password=" + DEMO_PASSWORD
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PROXY + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }
}
