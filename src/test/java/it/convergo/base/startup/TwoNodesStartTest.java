package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.convergo.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two nodes started at the same moment on an empty MySQL/MariaDB database both come up: schema creation
 * (Flyway, then the workflow engine's tables) and the demo data run on one node at a time, and only once.
 * Each node is a JVM of its own, as in production: two application contexts in one JVM would share static
 * state that real nodes never share. Runs with -Pmysql, in a database of its own
 * ({@code <CONVERGO_DB_NAME>_nodes}, which the CI script grants).
 */
class TwoNodesStartTest {

    private static final String HOST = env("CONVERGO_DB_HOST", "127.0.0.1");
    private static final String PORT = env("CONVERGO_DB_PORT", "3306");
    private static final String USER = env("CONVERGO_DB_USER", "convergo");
    private static final String PASSWORD = env("CONVERGO_DB_PASSWORD", "");
    private static final String DATABASE = env("CONVERGO_DB_NAME", "convergo") + "_nodes";
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        assumeTrue(System.getProperty("spring.profiles.active", "").contains("mysql"), "runs on MySQL/MariaDB only");
        try (Connection c = DriverManager.getConnection(serverUrl(""), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        List<Node> nodes = new ArrayList<>();
        try {
            for (int i = 1; i <= 2; i++) {
                nodes.add(Node.start(i));
            }
            for (Node node : nodes) {
                node.awaitStarted();
            }
            try (Connection c = DriverManager.getConnection(serverUrl(DATABASE), USER, PASSWORD)) {
                long failedMigrations = count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0");
                long deployments = count(c, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT");
                long admins = count(c, "SELECT COUNT(*) FROM user_account WHERE email = 'admin@convergo.demo'");
                System.out.printf("two nodes: failed migrations %d, workflow deployments %d, demo admins %d%n",
                        failedMigrations, deployments, admins);
                assertThat(failedMigrations).isZero();
                assertThat(deployments).as("the processes are deployed once").isEqualTo(1);
                assertThat(admins).as("the demo data is created once").isEqualTo(1);
            }
        } finally {
            nodes.forEach(Node::stop);
        }
    }

    /** One application node: a child JVM on the test class path, its output in {@code target/two-nodes}. */
    private record Node(int number, Process process, Path log) {

        static Node start(int number) throws IOException {
            Path log = Paths.get("target", "two-nodes", "node-" + number + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"),
                    Application.class.getName(),
                    "--spring.profiles.active=mysql",
                    "--server.port=0",
                    "--spring.datasource.url=" + serverUrl(DATABASE) + "&connectionTimeZone=UTC"
                            + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8",
                    "--spring.datasource.username=" + USER,
                    "--spring.datasource.password=" + PASSWORD,
                    "--convergo.demo-data=true",
                    "--flowable.async-executor-activate=false",
                    "--spring.mail.host=",
                    "--spring.jmx.enabled=false"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Node(number, process, log);
        }

        void awaitStarted() throws Exception {
            Instant limit = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(limit)) {
                String output = Files.readString(log);
                if (output.contains("Started Application in")) {
                    return;
                }
                if (!process.isAlive() || output.contains("APPLICATION FAILED TO START")) {
                    throw new AssertionError("node " + number + " did not start; its output ends with:\n" + tail(output));
                }
                Thread.sleep(500);
            }
            throw new AssertionError("node " + number + " not started after " + START_LIMIT + ":\n" + tail(Files.readString(log)));
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static String tail(String output) {
            return output.substring(Math.max(0, output.length() - 4000));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String serverUrl(String database) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + database
                + "?nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
