package it.convergo.proposal;

import it.convergo.base.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the content of proposals whose retention period is over, keeping a tombstone that still proves the
 * selection: the proposal's id, challenge, organisation, lead, status, every submitted version's number, time,
 * submitter and content hash, the areas, and when and why the content went ({@code purged_at},
 * {@code purge_reason}). Gone: the working copy's and the submitted versions' texts and answers, every file with
 * its content, the rendered receipts, the team's invitations, the exclusions the applicant asked for, and the
 * copies other features made of the content ({@link ProposalCopies}). The caller decides which proposals may go
 * (the evaluation knows the outcomes); a proposal already purged or never submitted is left alone, so a second
 * call purges nothing more.
 */
@Service
public class ProposalRetention {

    /** Why the content went: the challenge's retention rule. */
    public static final String RETENTION_RULE = "retention-rule";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<ProposalCopies> copies;

    ProposalRetention(JdbcTemplate jdbc, Clock clock, List<ProposalCopies> copies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.copies = copies;
    }

    /** Purges those of {@code proposalIds} that were submitted and still have their content; how many it purged. */
    @Transactional
    public int purge(Collection<Long> proposalIds, String reason) {
        Instant now = clock.instant();
        int purged = 0;
        for (long id : unpurged(proposalIds)) {
            // the conditional update claims the proposal: a concurrent or repeated purge finds nothing to do
            int claimed = jdbc.update("update proposal set purged_at = ?, purge_reason = ?, title = null, acronym = null, "
                    + "abstract_text = null, team_text = null, budget = null, budget_text = null, updated_by = null, "
                    + "version = version + 1 where id = ? and purged_at is null and submission_version > 0", ps -> {
                        ps.setTimestamp(1, Timestamp.from(now), Times.utcCalendar());
                        ps.setString(2, reason);
                        ps.setLong(3, id);
                    });
            if (claimed == 0) {
                continue;
            }
            List<Long> submissions = jdbc.queryForList("select id from proposal_submission where proposal_id = ?", Long.class, id);
            for (long submission : submissions) {
                jdbc.update("delete from proposal_submission_answer where submission_id = ?", submission);
                jdbc.update("delete from proposal_submission_file where submission_id = ?", submission);
                jdbc.update("delete from proposal_receipt where submission_id = ?", submission);
            }
            jdbc.update("update proposal_submission set title = '', acronym = null, abstract_text = null, team_text = null, "
                    + "budget = null, budget_text = null, version = version + 1 where proposal_id = ?", id);
            for (String table : CONTENT_TABLES) {
                jdbc.update("delete from " + table + " where proposal_id = ?", id);
            }
            copies.forEach(c -> c.purge(id));
            purged++;
        }
        return purged;
    }

    /** The outlines of a two-stage challenge that the firm did not shortlist: they got their feedback and went no further. */
    public List<Long> notShortlisted(long challengeId) {
        return jdbc.queryForList("select id from proposal where challenge_id = ? and stage = 'OUTLINE' and shortlisted = false",
                Long.class, challengeId);
    }

    /** Those of the ids whose content is still there, read in chunks: a daily catch-up skips the purged in one query each. */
    private List<Long> unpurged(Collection<Long> proposalIds) {
        List<Long> ids = List.copyOf(proposalIds);
        List<Long> left = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            left.addAll(jdbc.queryForList("select id from proposal where purged_at is null and id in (" + marks + ")",
                    Long.class, chunk.toArray()));
        }
        return left;
    }

    /** What a proposal holds besides its row and its submissions, all of it content or people's addresses. */
    /** The duplicate fingerprint goes too: it was made of the deleted text, and no firm should be told of a copy of it. */
    private static final String[] CONTENT_TABLES = {"proposal_answer", "proposal_file", "proposal_member",
            "proposal_exclusion", "proposal_fingerprint"};
}
