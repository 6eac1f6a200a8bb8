package it.convergo.workflow;

import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.BallotPage;
import it.convergo.evaluation.vote.PrizeVoteBallots;
import it.convergo.evaluation.vote.PrizeVoteEntries;
import it.convergo.evaluation.vote.PrizeVotes;
import it.convergo.evaluation.vote.VoteSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets up audience awards for the vote tests: a closed challenge with four submitted proposals (three eligible,
 * the fourth never decided), an award admitting the three eligible ones, two of whose applicants opt in; time
 * passes by moving the vote's stored times, and the process's timers are fired by hand.
 */
@Component
class VoteDriver {

    static final String TITLE_A = "Solar roof tiles";
    static final String TITLE_C = "Drone crop survey";

    final PathDriver path;
    final PrizeVotes votes;
    final PrizeVoteEntries entries;
    final PrizeVoteBallots ballots;
    final RuntimeService runtime;
    final ManagementService management;
    final JdbcTemplate jdbc;

    VoteDriver(PathDriver path, PrizeVotes votes, PrizeVoteEntries entries, PrizeVoteBallots ballots,
               RuntimeService runtime, ManagementService management, JdbcTemplate jdbc) {
        this.path = path;
        this.votes = votes;
        this.entries = entries;
        this.ballots = ballots;
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
    }

    /** A challenge, its proposals and their applicants; a..c eligible, d not decided. */
    record Scenario(long challenge, String slug, UserAccount a, UserAccount b, UserAccount c, UserAccount d,
                    long pa, long pb, long pc, long pd) {
    }

    /** Closed challenge with proposals found eligible (a, b, c) and one waiting (d); no vote yet. */
    Scenario closedChallenge() {
        long challenge = path.openChallenge("Audience", 1);
        UserAccount a = path.applicant();
        UserAccount b = path.applicant();
        UserAccount c = path.applicant();
        UserAccount d = path.applicant();
        long pa = path.submit(a, challenge);
        long pb = path.submit(b, challenge);
        long pc = path.submit(c, challenge);
        long pd = path.submit(d, challenge);
        path.close(challenge);
        for (long p : List.of(pa, pb, pc)) {
            path.eligible(challenge, p);
        }
        path.challenges.signIn(path.manager());
        String slug = path.challengeService.view(challenge).slug();
        path.challenges.signOut();
        return new Scenario(challenge, slug, a, b, c, d, pa, pb, pc, pd);
    }

    /** The firm's settings: opening tomorrow, closing in two days (Rome), a, b and c admitted. */
    static VoteSettings settings(Audience audience, boolean excludeStaff, boolean excludeEvaluators, Set<Long> proposals) {
        LocalDateTime tomorrow = LocalDateTime.now(Times.ROME).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        return new VoteSettings("Premio del pubblico", audience, excludeStaff, excludeEvaluators, tomorrow,
                tomorrow.plusDays(1), proposals);
    }

    long configure(Scenario s, Audience audience, boolean excludeStaff, boolean excludeEvaluators) {
        path.challenges.signIn(path.manager());
        long id = votes.configure(s.challenge(), settings(audience, excludeStaff, excludeEvaluators, Set.of(s.pa(), s.pb(), s.pc())), -1);
        path.challenges.signOut();
        return id;
    }

    /** a and c opt in with public texts; b does not. */
    void optIns(Scenario s) {
        optIn(s.a(), s.pa(), TITLE_A);
        optIn(s.c(), s.pc(), TITLE_C);
    }

    void optIn(UserAccount applicant, long proposal, String title) {
        path.challenges.signIn(applicant);
        long version = entries.mine(proposal).orElseThrow().version();
        entries.optIn(proposal, title, "A short public summary of " + title + ".", version);
        path.challenges.signOut();
    }

    /**
     * The opening time comes: stored as two days ago (a margin that no time-zone reading of the column can
     * undo), then the opening timer fires.
     */
    void open(long voteId) {
        jdbc.update("update prize_vote set opens_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), voteId);
        fireTimer(voteId);
    }

    /** The closing time passes without the timer having fired yet. */
    void closingTimePasses(long voteId) {
        jdbc.update("update prize_vote set closes_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), voteId);
    }

    /** The closing time comes and the closing timer fires: the vote is counted and published. */
    void close(long voteId) {
        closingTimePasses(voteId);
        fireTimer(voteId);
    }

    Job timer(long voteId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(PrizeVoteProcess.businessKey(voteId))
                .singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(process).singleResult();
    }

    void fireTimer(long voteId) {
        management.executeJob(management.moveTimerToExecutableJob(timer(voteId).getId()).getId());
    }

    /** The entry id of the card with this public title, as a signed-in voter sees it. */
    long entryId(UserAccount voter, String slug, String title) {
        path.challenges.signIn(voter);
        try {
            return ballots.page(slug).cards().stream().filter(c -> c.title().equals(title)).findFirst()
                    .map(BallotPage.Card::entryId).orElseThrow();
        } finally {
            path.challenges.signOut();
        }
    }

    void cast(UserAccount voter, long entryId) {
        path.challenges.signIn(voter);
        try {
            ballots.cast(entryId);
        } finally {
            path.challenges.signOut();
        }
    }
}
