package it.convergo.base.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The empty MySQL/MariaDB database the multi-node tests start their nodes on: {@code <CONVERGO_DB_NAME>_nodes},
 * which the CI script grants, apart from the suite's own database.
 */
final class NodeDatabase {

    static final String HOST = env("CONVERGO_DB_HOST", "127.0.0.1");
    static final String PORT = env("CONVERGO_DB_PORT", "3306");
    static final String USER = env("CONVERGO_DB_USER", "convergo");
    static final String PASSWORD = env("CONVERGO_DB_PASSWORD", "");
    static final String NAME = env("CONVERGO_DB_NAME", "convergo") + "_nodes";

    private NodeDatabase() {
    }

    static boolean onMysql() {
        return System.getProperty("spring.profiles.active", "").contains("mysql");
    }

    static void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(""), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME);
            s.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl(NAME), USER, PASSWORD);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Command-line arguments of a node on this database (arguments win over application.yml). */
    static List<String> nodeArguments() {
        return List.of(
                "--spring.profiles.active=mysql",
                "--server.port=0",
                "--spring.datasource.url=" + serverUrl(NAME) + "&connectionTimeZone=UTC"
                        + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8",
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--spring.mail.host=",
                "--spring.jmx.enabled=false");
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
