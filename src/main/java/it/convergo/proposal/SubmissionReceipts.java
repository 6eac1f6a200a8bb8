package it.convergo.proposal;

import it.convergo.base.Times;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The receipt PDFs, rendered on first download from what the submission froze (see {@link ProposalSubmission}),
 * then kept. Plain JDBC so a submission row is never loaded with a PDF in it.
 */
@Component
class SubmissionReceipts {

    private final JdbcTemplate jdbc;

    SubmissionReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> find(long submissionId) {
        return jdbc.query("select pdf from proposal_receipt where submission_id = ?", (rs, n) -> rs.getBytes(1), submissionId)
                .stream().findFirst();
    }

    /** Keeps a rendered receipt; when two downloads rendered it at once, the first one kept counts. */
    byte[] keep(long submissionId, byte[] pdf, Instant now) {
        try {
            jdbc.update("insert into proposal_receipt (submission_id, pdf, rendered_at) values (?, ?, ?)", ps -> {
                ps.setLong(1, submissionId);
                ps.setBytes(2, pdf);
                // instants are stored as UTC wall-clock time, as Hibernate does with jdbc.time_zone UTC
                ps.setTimestamp(3, Timestamp.from(now), Times.utcCalendar());
            });
            return pdf;
        } catch (DuplicateKeyException e) {
            return find(submissionId).orElse(pdf);
        }
    }
}
