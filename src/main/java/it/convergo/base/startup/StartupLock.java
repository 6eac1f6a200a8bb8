package it.convergo.base.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serialises the start-up of several nodes on one MySQL/MariaDB database: schema work (Flyway, then
 * Flowable's own tables, whose creation on an empty database has no lock of its own) and once-only work
 * (demo data) run on one node at a time. A node that loses the race waits here instead of dying on "table
 * already exists".
 *
 * <p>The lock is MySQL's named lock ({@code GET_LOCK}), held by one connection from bean creation until the
 * application is ready; a node that dies releases it with its connection. Named locks belong to the whole
 * server, so the name carries the database's: portals on other databases of the same server do not wait.
 * {@link StartupOrdering} makes the schema beans wait for this one. The embedded H2 file database admits one
 * process only, so there it is not needed.
 */
@Component
class StartupLock implements DisposableBean {

    private static final String PREFIX = "convergo.startup.";
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection held;
    private String name;

    StartupLock(DataSource dataSource, @Value("${convergo.startup.lock-wait:10m}") Duration wait) throws SQLException {
        Connection c = dataSource.getConnection();
        if (!isMySql(c)) {
            c.close();
            return;
        }
        String database = c.getCatalog() == null ? "" : c.getCatalog();
        // MySQL allows lock names of 64 characters
        name = (PREFIX + database).substring(0, Math.min(64, PREFIX.length() + database.length()));
        log.info("Waiting for the start-up lock '{}' (other nodes may be creating the schema), at most {} s", name,
                wait.toSeconds());
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setLong(2, wait.toSeconds());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getInt(1) != 1) {
                    c.close();
                    throw new IllegalStateException("Another node held the start-up lock '" + name + "' for more than "
                            + wait.toSeconds() + " s; is a node stuck during its schema update?");
                }
            }
        }
        held = c;
        log.info("Start-up lock '{}' acquired", name);
    }

    /** After the last start-up work (demo data, which runs on ready with a higher precedence). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void release() {
        if (held == null) {
            return;
        }
        try (Connection c = held; PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, name);
            s.execute();
            log.info("Start-up lock '{}' released", name);
        } catch (SQLException e) {
            log.warn("Could not release the start-up lock cleanly; it ends with its connection", e);
        } finally {
            held = null;
        }
    }

    /** A start that fails keeps no lock: closing the (pooled) connection would not end the session. */
    @Override
    public void destroy() {
        release();
    }

    boolean isHeld() {
        return held != null;
    }

    private static boolean isMySql(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
