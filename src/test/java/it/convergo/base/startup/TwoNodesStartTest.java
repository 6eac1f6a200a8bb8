package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.convergo.Application;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on an empty MySQL/MariaDB database both come up: schema creation
 * (Flyway, then the workflow engine's tables) and the demo data run on one node at a time, and only once.
 * Runs with -Pmysql, in a database of its own ({@code <CONVERGO_DB_NAME>_nodes}, which the CI script grants).
 */
class TwoNodesStartTest {

    private static final String HOST = env("CONVERGO_DB_HOST", "127.0.0.1");
    private static final String PORT = env("CONVERGO_DB_PORT", "3306");
    private static final String USER = env("CONVERGO_DB_USER", "convergo");
    private static final String PASSWORD = env("CONVERGO_DB_PASSWORD", "");
    private static final String DATABASE = env("CONVERGO_DB_NAME", "convergo") + "_nodes";

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        assumeTrue(System.getProperty("spring.profiles.active", "").contains("mysql"), "runs on MySQL/MariaDB only");
        try (Connection c = DriverManager.getConnection(serverUrl(""), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // a thread per node: the common pool may have a single worker on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(CompletableFuture.supplyAsync(TwoNodesStartTest::startNode, threads));
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            for (var node : nodes) {
                started.add(node.get(5, TimeUnit.MINUTES));
            }
            assertThat(started).allMatch(ConfigurableApplicationContext::isActive);
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
            for (var node : nodes) {
                node.thenAccept(ConfigurableApplicationContext::close);
            }
            started.forEach(ConfigurableApplicationContext::close);
            threads.shutdown();
        }
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("mysql")
                .run(  // arguments, not default properties: they must win over application.yml
                        "--server.port=0",
                        "--spring.datasource.url=" + serverUrl(DATABASE) + "&connectionTimeZone=UTC"
                                + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8",
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD,
                        "--convergo.demo-data=true",
                        "--flowable.async-executor-activate=false",
                        "--spring.mail.host=",
                        "--spring.jmx.enabled=false");
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
