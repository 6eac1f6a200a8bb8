package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.proposal.FirmProposals;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.support.SpringTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention rule: after the set months since publication the proposals not selected lose their content and
 * keep their tombstone; selected ones, challenges without a rule and challenges still inside the period are
 * untouched; a challenge is purged (and audited) once.
 */
class RetentionJobTest extends SpringTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    FirmProposals firm;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    RetentionJob job;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    PublicationRepository publications;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    /** A closed challenge with a winner, a rejected proposal with a file and a proposal found not eligible. */
    record Published(long challengeId, UserAccount manager, long winner, UserAccount rejectedLead, long rejected,
                     long rejectedFile, long ineligible) {
    }

    private Published published(Integer retentionMonths, int monthsAgo) {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("Retention"));
        d.setRetentionMonths(retentionMonths);
        LocalDateTime opens = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        d.setOpensAt(opens);
        d.setClosesAt(opens.plusDays(30));
        long challengeId = fixtures.publishAndOpen(d);
        long winner = proposals.submitted(fixtures.applicant(), challengeId);
        UserAccount rejectedLead = fixtures.applicant();
        long rejected = proposals.complete(rejectedLead, challengeId);
        long file = uploads.upload(rejected, null, "annex.pdf",
                TestPdfs.write(dir, "annex-" + rejected + ".pdf", TestPdfs.pdf(1, "Annex"))).id();
        proposals.submit(rejected);
        long ineligible = proposals.submitted(fixtures.applicant(), challengeId);
        fixtures.signOut();
        Instant now = Instant.now();
        jdbc.update("update challenge set closes_at = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now.minus(1, ChronoUnit.DAYS)), Times.utcCalendar());
            ps.setLong(2, challengeId);
        });
        decisions.save(new ProposalDecision(winner, challengeId, Outcome.WINNER, "Well done", now));
        decisions.save(new ProposalDecision(rejected, challengeId, Outcome.REJECTED, "Not this time", now));
        jdbc.update("insert into eligibility_decision (proposal_id, challenge_id, eligible, reason, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, ineligible);
            ps.setLong(2, challengeId);
            ps.setBoolean(3, false);
            ps.setString(4, "LOCATION");
            ps.setLong(5, manager.getId());
            ps.setTimestamp(6, Timestamp.from(now), Times.utcCalendar());
        });
        publications.save(new ResultsPublication(challengeId, manager.getId(),
                now.atZone(Times.ROME).minusMonths(monthsAgo).toInstant()));
        return new Published(challengeId, manager, winner, rejectedLead, rejected, file, ineligible);
    }

    @Test
    void purgesTheOutlinesNotShortlistedAndKeepsTheShortlistedOnes() {
        Published due = published(6, 7);
        Timestamp closed = jdbc.queryForObject("select closes_at from challenge where id = ?", Timestamp.class, due.challengeId());
        jdbc.update("update challenge set closes_at = ? where id = ?", Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)),
                due.challengeId());
        long notShortlisted = proposals.submitted(fixtures.applicant(), due.challengeId());
        long shortlisted = proposals.submitted(fixtures.applicant(), due.challengeId());
        jdbc.update("update challenge set closes_at = ? where id = ?", closed, due.challengeId());
        // as a two-stage call leaves them: one outline refused at the shortlist, one advanced (decided later or not)
        jdbc.update("update proposal set stage = 'OUTLINE', shortlisted = false where id = ?", notShortlisted);
        jdbc.update("update proposal set stage = 'FULL', shortlisted = true where id = ?", shortlisted);

        job.run();

        assertThat(purged(notShortlisted)).as("feedback given at the shortlist: not selected").isTrue();
        assertThat(purged(shortlisted)).as("invited to the full stage, never rejected").isFalse();
        assertThat(purged(due.winner())).isFalse();
    }

    private boolean purged(long proposalId) {
        return jdbc.queryForObject("select purged_at from proposal where id = ?", Timestamp.class, proposalId) != null;
    }

    private int rows(String table, long proposalId) {
        return jdbc.queryForObject("select count(*) from " + table + " where proposal_id = ?", Integer.class, proposalId);
    }

    private int audits(long challengeId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'retention.purged' and subject = ?",
                Integer.class, "challenge:" + challengeId);
    }

    @Test
    void purgesTheContentOfProposalsNotSelectedOnceAndKeepsTheRecord() {
        Published due = published(6, 7);
        Published noRule = published(null, 7);
        Published tooEarly = published(12, 7);
        String hash = jdbc.queryForObject("select content_hash from proposal_submission where proposal_id = ?", String.class,
                due.rejected());
        // a duplicate fingerprint, as if the firm had looked at its proposals: it was made of the text and goes with it
        jdbc.update("insert into proposal_fingerprint (proposal_id, submission_number, challenge_id, signature, computed_at, version) "
                + "values (?, 1, ?, 'AAAA', current_timestamp, 0)", due.rejected(), due.challengeId());
        // what other features copied of the proposal: the panel's question and the answer, a pitch slot, a vote entry
        jdbc.update("insert into panel_question (version, challenge_id, proposal_id, proposal_title, asked_by, question, asked_at, "
                + "answer_due_at, answer, status) values (0, ?, ?, 'Copied title', 1, 'About your pilot?', current_timestamp, "
                + "current_timestamp, 'Our pilot in Brescia', 'ANSWERED')", due.challengeId(), due.rejected());
        jdbc.update("insert into pitch_slot (version, pitch_day_id, challenge_id, proposal_id, organisation_id, proposal_title, "
                + "written_rank, starts_at, minutes, sequence, sent_sequence) values (0, -1, ?, ?, -1, 'Copied title', 3, "
                + "current_timestamp, 20, 0, 0)", due.challengeId(), due.rejected());

        assertThat(job.run()).isEqualTo(1);
        var question = jdbc.queryForMap("select proposal_title, question, answer, status from panel_question where proposal_id = ?",
                due.rejected());
        assertThat(question.get("proposal_title")).isEqualTo("");
        assertThat(question.get("question")).isEqualTo("");
        assertThat(question.get("answer")).isNull();
        assertThat(question.get("status")).as("the round's record stays").isEqualTo("ANSWERED");
        var slot = jdbc.queryForMap("select proposal_title, written_rank from pitch_slot where proposal_id = ?", due.rejected());
        assertThat(slot.get("proposal_title")).isEqualTo("");
        assertThat(((Number) slot.get("written_rank")).intValue()).isEqualTo(3);

        assertThat(purged(due.rejected())).isTrue();
        assertThat(purged(due.ineligible())).isTrue();
        assertThat(purged(due.winner())).isFalse();
        Map<String, Object> tombstone = jdbc.queryForMap("select title, abstract_text, team_text, status, challenge_id, "
                + "organisation_id, submitted_at, content_hash, purge_reason from proposal where id = ?", due.rejected());
        assertThat(tombstone.get("title")).isNull();
        assertThat(tombstone.get("abstract_text")).isNull();
        assertThat(tombstone.get("team_text")).isNull();
        assertThat(tombstone.get("submitted_at")).isNotNull();
        assertThat(tombstone.get("content_hash")).isEqualTo(hash);
        assertThat(tombstone.get("purge_reason")).isEqualTo("retention-rule");
        assertThat(rows("proposal_answer", due.rejected())).isZero();
        assertThat(rows("proposal_file", due.rejected())).isZero();
        assertThat(rows("proposal_fingerprint", due.rejected())).isZero();
        Map<String, Object> version = jdbc.queryForMap("select id, title, abstract_text, content_hash, submitted_at "
                + "from proposal_submission where proposal_id = ?", due.rejected());
        assertThat(version.get("title")).isEqualTo("");
        assertThat(version.get("abstract_text")).isNull();
        assertThat(version.get("content_hash")).isEqualTo(hash);
        assertThat(version.get("submitted_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from proposal_submission_answer where submission_id = ?",
                Integer.class, version.get("id"))).isZero();
        // the winner keeps everything, and so do the evaluation's records
        assertThat(rows("proposal_answer", due.winner())).isPositive();
        assertThat(jdbc.queryForObject("select title from proposal where id = ?", String.class, due.winner())).isNotBlank();
        assertThat(decisions.findByProposalId(due.rejected())).get().extracting(d -> d.feedback).isEqualTo("Not this time");

        assertThat(audits(due.challengeId())).isOne();
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'retention.purged' and subject = ?",
                String.class, "challenge:" + due.challengeId())).isEqualTo("system");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'retention.purged' and subject = ?",
                String.class, "challenge:" + due.challengeId())).isEqualTo("2 proposals");

        for (Published untouched : new Published[] {noRule, tooEarly}) {
            assertThat(purged(untouched.rejected())).isFalse();
            assertThat(rows("proposal_file", untouched.rejected())).isOne();
            assertThat(audits(untouched.challengeId())).isZero();
        }

        // a second run finds nothing more to do, and a second claim of the same challenge is refused
        assertThat(job.run()).isZero();
        assertThat(job.purgeOnce(due.challengeId(), Instant.now())).isFalse();
        assertThat(audits(due.challengeId())).isOne();

        fixtures.signIn(due.rejectedLead());
        assertThatThrownBy(() -> uploads.myFile(due.rejected(), due.rejectedFile()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.purged.download"));
        fixtures.signIn(due.manager());
        assertThatThrownBy(() -> firm.fileForFirm(due.rejected(), due.rejectedFile()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.purged.download"));
        assertThatThrownBy(() -> firm.dossierForFirm(due.rejected()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.purged.download"));
        assertThat(firm.tableForFirm(due.challengeId(), java.util.Locale.ENGLISH).rows())
                .anySatisfy(r -> assertThat(r.get(1).toString()).startsWith("Content deleted on"));
        assertThat(firm.purgedAt(due.rejected())).isPresent();
        assertThatThrownBy(() -> submitted.file(due.rejected(), due.rejectedFile(), true))
                .as("what evaluators download refuses the same way")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.purged.download"));
        assertThat(firm.purgedAt(due.winner())).isEmpty();
        fixtures.signOut();
    }

    @Test
    void aProposalRejectedAfterItsChallengeWasPurgedIsPurgedByTheNextRunAndAuditedOnce() {
        Published due = published(6, 7);
        assertThat(job.run()).isEqualTo(1);
        assertThat(purged(due.winner())).isFalse();

        // the firm changes its mind about the winner (a late decision, an appeal): the next run catches up
        jdbc.update("update proposal_decision set outcome = 'REJECTED' where proposal_id = ?", due.winner());
        assertThat(job.run()).isEqualTo(1);
        assertThat(purged(due.winner())).isTrue();
        assertThat(rows("proposal_answer", due.winner())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'retention.purged' and subject = ? "
                + "and details = 'proposals decided after the first purge: 1'", Integer.class, "challenge:" + due.challengeId()))
                .isOne();

        // nothing left: no run, no audit entry
        assertThat(job.run()).isZero();
        assertThat(audits(due.challengeId())).isEqualTo(2);
    }
}
