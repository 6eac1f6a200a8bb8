package it.convergo.proposal;

import java.sql.DatabaseMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The largest PDF the portal accepts. Files are stored in one statement, which MySQL/MariaDB refuse when it
 * exceeds the server's {@code max_allowed_packet} (MariaDB's default, 16 MB, is below the portal's 20 MB);
 * so at start-up the server's value is read and the limit lowered to fit, with a warning, and the portal
 * refuses to start when not even a few MB would fit. Other databases keep {@link ProposalLimits#FILE_BYTES}.
 */
@Component
class UploadLimit {

    private static final Logger log = LoggerFactory.getLogger(UploadLimit.class);
    /** Room in the packet for the statement's other columns and the protocol. */
    static final long PACKET_MARGIN = 1024 * 1024;
    /** Below this, uploads would be useless: refuse to start instead. */
    static final long MIN_FILE_BYTES = 4L * 1024 * 1024;

    private final Long packetBytes;
    private final long fileBytes;

    UploadLimit(JdbcTemplate jdbc) {
        Boolean mysql = jdbc.execute((java.sql.Connection con) -> {
            DatabaseMetaData meta = con.getMetaData();
            String product = meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        });
        packetBytes = Boolean.TRUE.equals(mysql) ? jdbc.queryForObject("select @@max_allowed_packet", Long.class) : null;
        fileBytes = packetBytes == null ? ProposalLimits.FILE_BYTES : fileBytesFor(packetBytes);
        if (fileBytes < ProposalLimits.FILE_BYTES) {
            log.warn("The database's max_allowed_packet is {} bytes: uploads are limited to {} MB instead of {} MB. "
                            + "Raise it (e.g. max_allowed_packet=64M in the server's configuration) to accept {} MB files.",
                    packetBytes, fileBytes / (1024 * 1024), ProposalLimits.FILE_BYTES / (1024 * 1024),
                    ProposalLimits.FILE_BYTES / (1024 * 1024));
        }
    }

    /** The upload limit for a server packet size; refuses (fails the start) a packet too small to be useful. */
    static long fileBytesFor(long packetBytes) {
        long fits = (packetBytes - PACKET_MARGIN) / (1024 * 1024) * (1024 * 1024);
        if (fits < MIN_FILE_BYTES) {
            throw new IllegalStateException("The database's max_allowed_packet (" + packetBytes + " bytes) leaves room for "
                    + "files of less than " + MIN_FILE_BYTES / (1024 * 1024) + " MB; raise it to at least 32M (64M recommended)");
        }
        return Math.min(fits, ProposalLimits.FILE_BYTES);
    }

    /** The server's max_allowed_packet as read at start-up; null when the database is not MySQL/MariaDB. */
    Long packetBytes() {
        return packetBytes;
    }

    long fileBytes() {
        return fileBytes;
    }
}
