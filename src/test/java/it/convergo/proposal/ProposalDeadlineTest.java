package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.base.RequestArrival;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.document.TestPdfs;
import it.convergo.support.SpringTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The deadline to the second, on the server, with the portal's clock moved by the test: one second before
 * the closing instant everything works, one second after (and at the instant itself) every change is
 * refused. Both closing instants lie right after a daylight-saving change in Europe/Rome. This class has its
 * own Spring context (the clock bean is replaced), the only one in the suite that does.
 */
class ProposalDeadlineTest extends SpringTest {

    /** A clock the test sets by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Makes a submission slow on purpose: runs {@code during} inside its write transaction, before the commit. */
    static final class SlowSubmissions {
        volatile Runnable during = () -> { };

        @EventListener
        void on(ProposalSubmitted submitted) {
            during.run();
        }
    }

    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        SlowSubmissions slowSubmissions() {
            return new SlowSubmissions();
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    ProposalDrafts drafts;
    @Autowired
    ProposalTeam team;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    SlowSubmissions slow;
    @Autowired
    RequestArrival arrival;

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        slow.during = () -> { };
        fixtures.signOut();
        clock.set(Instant.now());
    }

    /** Opens a challenge at {@code opens} (Rome) closing at {@code closes} (Rome), with the clock at the opening. */
    private long challenge(LocalDateTime opens, LocalDateTime closes) {
        clock.set(opens.atZone(it.convergo.base.Times.ROME).toInstant());
        fixtures.signIn(fixtures.firmManager());
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("Deadline"));
        d.setOpensAt(opens);
        d.setClosesAt(closes);
        d.setEvaluationEndsAt(null);
        d.setResultsAt(null);
        return fixtures.publishAndOpen(d);
    }

    @Test
    void springForwardNight() {
        long id = challenge(LocalDateTime.of(2027, 3, 27, 10, 0), LocalDateTime.of(2027, 3, 28, 3, 0));
        Instant closes = challenges.view(id).closesAt();
        assertThat(closes).as("03:00 CEST, an hour after 02:00 CET became 03:00").isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
        checkDeadline(id, closes, "Mar 28, 2027, 03:00 CEST");
    }

    @Test
    void fallBackNight() {
        long id = challenge(LocalDateTime.of(2027, 10, 30, 10, 0), LocalDateTime.of(2027, 10, 31, 3, 0));
        Instant closes = challenges.view(id).closesAt();
        assertThat(closes).as("03:00 CET, after 03:00 CEST fell back to 02:00").isEqualTo(Instant.parse("2027-10-31T02:00:00Z"));
        checkDeadline(id, closes, "Oct 31, 2027, 03:00 CET");
    }

    /**
     * Judged by arrival: a submission that arrives 100 ms before 17:00 and commits at 17:00:02.5 (the server
     * was slow) counts, with the arrival as its submission time; one arriving 1 ms after 17:00 is refused.
     */
    @Test
    void judgedByWhenTheRequestArrived() {
        long challengeId = challenge(LocalDateTime.of(2027, 6, 14, 9, 0), LocalDateTime.of(2027, 6, 15, 17, 0));
        Instant closes = challenges.view(challengeId).closesAt();
        UserAccount early = fixtures.applicant();
        UserAccount late = fixtures.applicant();
        long inTime = proposals.complete(early, challengeId);
        long tooLate = proposals.complete(late, challengeId);

        Instant arrived = closes.minusMillis(100);
        clock.set(arrived);
        slow.during = () -> clock.set(closes.plusMillis(2500));
        fixtures.signIn(early);
        SubmissionInfo info = submissions.submit(inTime, drafts.draft(inTime).getVersion());
        assertThat(clock.instant()).as("it committed after 17:00:02").isAfter(closes.plusSeconds(2));
        assertThat(info.submittedAt()).isEqualTo(arrived);
        assertThat(drafts.overview(inTime).status()).isEqualTo(ProposalStatus.SUBMITTED);
        // stored as the arrival (MySQL Connector/J drops the fraction of a second on MariaDB, which reports 5.5.5-...)
        assertThat(submissions.submissions(inTime)).singleElement().extracting(SubmissionInfo::submittedAt)
                .satisfies(t -> assertThat(t).isBetween(arrived.truncatedTo(ChronoUnit.SECONDS), arrived));

        slow.during = () -> { };
        clock.set(closes.plusMillis(1));
        fixtures.signIn(late);
        long version = drafts.draft(tooLate).getVersion();
        assertThatThrownBy(() -> submissions.submit(tooLate, version)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("proposal.error.closed"));
        assertThat(drafts.overview(tooLate).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(submitted.submittedTo(challengeId)).extracting(ProposalSummary::id).containsExactly(inTime);
    }

    /**
     * Through the web: the request's arrival is taken by the servlet filter, before the request waits for
     * anything (the Vaadin session lock, a pooled connection); the service judges by it, not by its own entry.
     */
    @Test
    void theWebRequestsArrivalCountsNotTheServiceEntry() throws Exception {
        long challengeId = challenge(LocalDateTime.of(2027, 6, 14, 9, 0), LocalDateTime.of(2027, 6, 15, 17, 0));
        Instant closes = challenges.view(challengeId).closesAt();
        UserAccount applicant = fixtures.applicant();
        long id = proposals.complete(applicant, challengeId);
        long version = drafts.draft(id).getVersion();
        SubmissionInfo[] info = new SubmissionInfo[1];

        clock.set(closes.minusMillis(100));
        arrival.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            clock.set(closes.plusSeconds(1));
            fixtures.signIn(applicant);
            info[0] = submissions.submit(id, version);
        });
        assertThat(info[0].submittedAt()).isEqualTo(closes.minusMillis(100));
        assertThat(RequestArrival.orNow(clock)).as("outside a request: now").isEqualTo(closes.plusSeconds(1));
    }

    private void checkDeadline(long challengeId, Instant closes, String shown) {
        UserAccount applicant = fixtures.applicant();
        UserAccount late = fixtures.applicant();
        long id = proposals.complete(applicant, challengeId);
        long other = proposals.complete(late, challengeId);

        // one second before: everything works
        clock.set(closes.minusSeconds(1));
        fixtures.signIn(applicant);
        ProposalDraft d = drafts.draft(id);
        d.setAbstractText("Last-minute polish.");
        drafts.save(d);
        uploads.upload(id, null, "annex.pdf", TestPdfs.write(dir, "annex.pdf", TestPdfs.pdf(1, "annex")));
        submissions.submit(id, d.getVersion());
        submissions.reopen(id);
        assertThat(drafts.overview(id).open()).isTrue();

        // one second after, and at the closing instant itself: nothing changes any more
        for (Instant after : new Instant[] {closes.plusSeconds(1), closes}) {
            clock.set(after);
            fixtures.signIn(applicant);
            ProposalDraft stale = drafts.draft(id);
            stale.setAbstractText("Too late.");
            closed(() -> drafts.save(stale), shown);
            closed(() -> submissions.submit(id, stale.getVersion()), shown);
            closed(() -> submissions.withdraw(id), shown);
            closed(() -> uploads.upload(id, null, "late.pdf", TestPdfs.write(dir, "late.pdf", TestPdfs.pdf(1, "late"))), shown);
            closed(() -> team.invite(id, "late@example.org"), shown);
            fixtures.signIn(late);
            ProposalDraft never = drafts.draft(other);
            closed(() -> submissions.submit(other, never.getVersion()), shown);
            closed(() -> drafts.start(challengeId), shown);
            assertThat(drafts.overview(other).open()).isFalse();
        }
        fixtures.signIn(applicant);
        assertThat(drafts.draft(id).getAbstractText()).isEqualTo("Last-minute polish.");
        assertThat(uploads.files(id)).extracting(AttachedFile::fileName).containsExactly("annex.pdf");
        assertThat(submissions.submissions(id)).hasSize(1);
        assertThat(submitted.summary(id).submissionVersion()).as("the submission made in time counts").isEqualTo(1);
        assertThat(submitted.submittedTo(challengeId)).extracting(ProposalSummary::id).containsExactly(id);
    }

    private static void closed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String shown) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("proposal.error.closed");
            assertThat(e.params()).containsExactly(shown);
        });
    }
}
