package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.FirmVote;
import it.convergo.evaluation.vote.VoteSettings;
import it.convergo.evaluation.vote.VoteStatus;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code prize-vote} process: its timers, fired by hand with nobody signed in, open the vote and then have it
 * counted and published; a change of times before the opening moves the timers. Every step is in the audit log.
 */
class PrizeVoteTimersTest extends SpringTest {

    @Autowired
    VoteDriver driver;
    @Autowired
    PrizeVoteProcess process;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        driver.path.challenges.signOut();
    }

    private FirmVote firmView(long challenge) {
        driver.path.challenges.signIn(driver.path.manager());
        try {
            return driver.votes.forFirm(challenge).orElseThrow();
        } finally {
            driver.path.challenges.signOut();
        }
    }

    @Test
    void theTimersOpenTheVoteThenCountAndPublishIt() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.MEMBERS, true, false);
        FirmVote scheduled = firmView(s.challenge());
        assertThat(scheduled.status()).isEqualTo(VoteStatus.SCHEDULED);
        assertThat(driver.timer(vote).getDuedate().toInstant()).isEqualTo(scheduled.opensAt());

        // the firm moves the vote by a day before it opens: the old timers go with the old instance
        driver.path.challenges.signIn(driver.path.manager());
        VoteSettings later = VoteDriver.settings(Audience.PUBLIC, false, false, Set.of(s.pa(), s.pc()));
        later = new VoteSettings(later.prizeName(), later.audience(), false, false, later.opensAt().plusDays(1),
                later.closesAt().plusDays(1), later.proposalIds());
        driver.votes.configure(s.challenge(), later, scheduled.version());
        driver.path.challenges.signOut();
        FirmVote moved = firmView(s.challenge());
        assertThat(moved.opensAt()).isEqualTo(later.opensAt().atZone(Times.ROME).toInstant());
        assertThat(driver.timer(vote).getDuedate().toInstant()).isEqualTo(moved.opensAt());
        assertThat(driver.runtime.createProcessInstanceQuery().processInstanceBusinessKey(PrizeVoteProcess.businessKey(vote))
                .count()).isEqualTo(1);
        assertThat(moved.entries()).extracting(FirmVote.Candidate::proposalId).containsExactlyInAnyOrder(s.pa(), s.pc());

        driver.optIns(s);
        driver.open(vote); // nobody signed in: the timer fires on its own
        FirmVote open = firmView(s.challenge());
        assertThat(open.status()).isEqualTo(VoteStatus.OPEN);
        assertThat(driver.timer(vote).getDuedate().toInstant()).as("now the closing timer waits")
                .isEqualTo(moved.closesAt());
        assertThat(process.isRunning(vote)).isTrue();

        driver.close(vote);
        FirmVote counted = firmView(s.challenge());
        assertThat(counted.status()).isEqualTo(VoteStatus.COUNTED);
        assertThat(counted.results()).isPresent();
        assertThat(process.isRunning(vote)).as("the process ended after publishing").isFalse();

        List<AuditEvent> events = audit.about(List.of("challenge:" + s.challenge()), 50);
        assertThat(events).extracting(AuditEvent::getAction)
                .contains("vote.configured", "vote.changed", "vote.opened", "vote.closed", "vote.counted");
        assertThat(events).filteredOn(e -> e.getAction().equals("vote.counted")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("system"));
        assertThat(audit.about(List.of("proposal:" + s.pa()), 50)).extracting(AuditEvent::getAction).contains("vote.optedIn");
    }

    @Test
    void aTimerRunTwiceCountsOnce() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.MEMBERS, false, false);
        driver.optIns(s);
        driver.open(vote);
        long entryA = driver.entryId(s.b(), s.slug(), VoteDriver.TITLE_A);
        driver.cast(s.b(), entryA);
        driver.close(vote);
        // the count step announced again (e.g. a job retried after its commit was lost) changes nothing
        driver.path.challenges.signOut();
        events.publishEvent(new PrizeVoteClock(vote, PrizeVoteClock.Moment.COUNT));
        assertThat(firmView(s.challenge()).results().orElseThrow().rows())
                .filteredOn(r -> r.title().equals(VoteDriver.TITLE_A)).singleElement()
                .satisfies(r -> assertThat(r.votes()).isEqualTo(1));
        assertThat(audit.about(List.of("challenge:" + s.challenge()), 50)).filteredOn(e -> e.getAction().equals("vote.counted"))
                .hasSize(1);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
}
