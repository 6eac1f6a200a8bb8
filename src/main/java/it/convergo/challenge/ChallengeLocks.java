package it.convergo.challenge;

import it.convergo.base.Times;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises closing and submitting per challenge with a row lock on the challenge, across nodes: the close
 * takes it exclusively ({@code FOR UPDATE}) before it lists the submitted proposals; a submission takes it in
 * its write transaction and then finds the challenge still open (it commits before the close's list is
 * taken) or closed (it is refused). Both hold it until their transaction ends. On MySQL/MariaDB submissions
 * take it shared ({@code LOCK IN SHARE MODE}), so they do not queue behind each other, only behind a close;
 * H2 (one node, no shared row locks) takes it exclusively.
 */
@Component
public class ChallengeLocks {

    private final JdbcTemplate jdbc;
    private final String sharedLock;

    ChallengeLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String product = jdbc.execute((java.sql.Connection con) -> con.getMetaData().getDatabaseProductName());
        String db = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
        this.sharedLock = db.contains("mysql") || db.contains("mariadb") ? "lock in share mode" : "for update";
    }

    /**
     * Locks the challenge row and tells whether it still accepts a submission that arrived at {@code arrival}:
     * open (not yet closed by the timer or the firm) and the arrival inside its opening window. The state is
     * read by the locking statement itself, so it is the latest committed one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockOpenForSubmission(long challengeId, Instant arrival) {
        Calendar utc = Times.utcCalendar();
        Boolean open = jdbc.query("select status, opens_at, closes_at, two_stage, stage, outline_closes_at from challenge"
                + " where id = ? " + sharedLock, rs -> {
            if (!rs.next()) {
                return false;
            }
            Timestamp opens = rs.getTimestamp("opens_at", utc);
            Timestamp closes = rs.getTimestamp("closes_at", utc);
            Timestamp outlineCloses = rs.getTimestamp("outline_closes_at", utc);
            String stage = rs.getString("stage");
            StagePlan stages = rs.getBoolean("two_stage")
                    ? new StagePlan(true, stage == null ? null : ChallengeStage.valueOf(stage),
                            outlineCloses == null ? null : outlineCloses.toInstant(), null)
                    : StagePlan.SINGLE;
            return opens != null && closes != null && ChallengeRules.openAt(ChallengeStatus.valueOf(rs.getString("status")),
                    opens.toInstant(), closes.toInstant(), arrival, stages);
        }, challengeId);
        return Boolean.TRUE.equals(open);
    }

    /** Locks the challenge row for the closing transaction: submissions wait until it has committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForClosing(long challengeId) {
        jdbc.query("select id from challenge where id = ? for update", rs -> null, challengeId);
    }

    /**
     * Locks the challenge row for a change that others may make at the same moment and that adds to theirs (the
     * invited organisations): they take turns instead of meeting each other's version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForChange(long challengeId) {
        jdbc.query("select id from challenge where id = ? for update", rs -> null, challengeId);
    }
}
