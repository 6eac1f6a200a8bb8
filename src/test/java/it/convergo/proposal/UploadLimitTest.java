package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.support.SpringTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The upload limit follows MySQL/MariaDB's max_allowed_packet, read from the server at start-up (run with -Pmysql). */
class UploadLimitTest extends SpringTest {

    private static final long MB = 1024 * 1024;

    @Autowired
    UploadLimit limit;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void readsTheServersPacketSizeOnMysqlAndKeeps20MbElsewhere() throws Exception {
        String product;
        try (var con = dataSource.getConnection()) {
            product = con.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            long server = jdbc.queryForObject("select @@max_allowed_packet", Long.class);
            assertThat(limit.packetBytes()).isEqualTo(server);
            assertThat(limit.fileBytes()).isEqualTo(UploadLimit.fileBytesFor(server));
            System.out.printf("max_allowed_packet %d bytes: upload limit %d MB%n", server, limit.fileBytes() / MB);
        } else {
            assertThat(limit.packetBytes()).isNull();
            assertThat(limit.fileBytes()).isEqualTo(ProposalLimits.FILE_BYTES);
        }
        assertThat(uploads.maxFileBytes()).isEqualTo(limit.fileBytes());
    }

    @Test
    void lowersTheLimitToWhatFitsAndRefusesAUselessPacketSize() {
        assertThat(UploadLimit.fileBytesFor(16 * MB)).as("MariaDB's default").isEqualTo(15 * MB);
        assertThat(UploadLimit.fileBytesFor(64 * MB)).as("MySQL 8's default").isEqualTo(20 * MB);
        assertThat(UploadLimit.fileBytesFor(21 * MB)).isEqualTo(20 * MB);
        assertThatThrownBy(() -> UploadLimit.fileBytesFor(4 * MB)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max_allowed_packet");
    }
}
