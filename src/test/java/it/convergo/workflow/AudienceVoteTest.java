package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.PersonalDataSource;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.BallotPage;
import it.convergo.evaluation.vote.FirmVote;
import it.convergo.evaluation.vote.VoteResults;
import it.convergo.support.SpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audience award's rules, through its services: only opted-in entries are shown, one account one final vote
 * (also under concurrency), no self-votes, exclusions, the voting window, counts hidden from everybody (the firm
 * included) until the vote is counted, ties, and a voter's erasure that keeps the count.
 */
class AudienceVoteTest extends SpringTest {

    @Autowired
    VoteDriver driver;
    @Autowired
    List<PersonalDataSource> personalData;
    @Autowired
    it.convergo.notification.MailService mail;

    @AfterEach
    void signOut() {
        driver.path.challenges.signOut();
    }

    @Test
    void onlyEligibleProposalsAreAdmittedAndOnlyOptedInOnesAreShown() {
        VoteDriver.Scenario s = driver.closedChallenge();
        driver.path.challenges.signIn(driver.path.manager());
        assertThatThrownBy(() -> driver.votes.configure(s.challenge(), VoteDriver.settings(Audience.MEMBERS, false, false,
                Set.of(s.pa(), s.pd())), -1)).as("d was never found eligible").hasMessage("error.notFound");
        assertThat(driver.votes.candidates(s.challenge())).extracting(FirmVote.Candidate::proposalId)
                .containsExactlyInAnyOrder(s.pa(), s.pb(), s.pc());
        long vote = driver.configure(s, Audience.MEMBERS, false, false);
        assertThat(mail.sentTo(s.b().getEmail())).as("each admitted applicant is asked for consent")
                .anyMatch(m -> m.getSubject().contains("audience award") && m.getBody().contains("vote-entry/" + s.pb()));
        assertThat(mail.sentTo(s.d().getEmail())).noneMatch(m -> m.getSubject().contains("audience award"));
        driver.optIns(s);

        UserAccount voter = driver.path.applicant();
        driver.path.challenges.signIn(voter);
        BallotPage before = driver.ballots.page(s.slug());
        assertThat(before.phase()).isEqualTo(BallotPage.Phase.UPCOMING);
        assertThat(before.cards()).as("nothing is shown before the vote opens").isEmpty();

        driver.open(vote);
        driver.path.challenges.signIn(voter);
        BallotPage page = driver.ballots.page(s.slug());
        assertThat(page.phase()).isEqualTo(BallotPage.Phase.OPEN);
        assertThat(page.cards()).extracting(BallotPage.Card::title).containsExactlyInAnyOrder(VoteDriver.TITLE_A, VoteDriver.TITLE_C);
        assertThat(page.cards()).extracting(BallotPage.Card::summary).allMatch(t -> t.startsWith("A short public summary"));
        assertThat(page.toString()).as("neither the proposals' own titles (b's included) nor their content appear")
                .doesNotContain("Vision retrofit").doesNotContain("retrofit the line");
        assertThat(page.mayVote()).isTrue();

        driver.path.challenges.signIn(s.b());
        assertThatThrownBy(() -> driver.entries.optIn(s.pb(), "Late", "Too late", driver.entries.mine(s.pb()).orElseThrow().version()))
                .as("consent is given before the vote opens").hasMessage("vote.error.entryLocked");
        driver.path.challenges.signIn(driver.path.manager());
        long version = driver.votes.forFirm(s.challenge()).orElseThrow().version();
        assertThatThrownBy(() -> driver.votes.configure(s.challenge(), VoteDriver.settings(Audience.PUBLIC, false, false,
                Set.of(s.pa())), version)).hasMessage("vote.error.started");
    }

    @Test
    void oneAccountHasOneVoteEvenWithEightClicksAtOnce() throws Exception {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.MEMBERS, false, false);
        driver.optIns(s);
        driver.open(vote);
        UserAccount voter = driver.path.applicant();
        long entryA = driver.entryId(voter, s.slug(), VoteDriver.TITLE_A);
        long entryC = driver.entryId(voter, s.slug(), VoteDriver.TITLE_C);

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            long entry = i % 2 == 0 ? entryA : entryC; // two tabs, two different choices
            Callable<String> click = () -> {
                driver.path.challenges.signIn(voter);
                start.await();
                try {
                    driver.ballots.cast(entry);
                    return "cast";
                } catch (UserFacingException refused) {
                    return refused.messageKey();
                } finally {
                    driver.path.challenges.signOut();
                }
            };
            outcomes.add(pool.submit(click));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        System.out.println("8 concurrent votes of one account: " + results);
        assertThat(results).filteredOn("cast"::equals).hasSize(1);
        assertThat(results).filteredOn("vote.error.alreadyVoted"::equals).hasSize(threads - 1);
        assertThat(driver.jdbc.queryForObject("select count(*) from prize_vote_ballot where vote_id = ?", Long.class, vote))
                .isEqualTo(1L);

        driver.path.challenges.signIn(voter);
        BallotPage page = driver.ballots.page(s.slug());
        assertThat(page.myBallot()).isPresent();
        assertThat(page.mayVote()).isFalse();
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.error.alreadyVoted");
    }

    @Test
    void nobodyVotesForTheirOwnProposalAndExcludedPeopleDoNotVote() {
        VoteDriver.Scenario s = driver.closedChallenge();
        UserAccount evaluator = driver.path.evaluators(1).getFirst();
        driver.path.assign(s.pb(), List.of(evaluator));
        long vote = driver.configure(s, Audience.MEMBERS, true, true);
        driver.optIns(s);
        driver.open(vote);
        long entryA = driver.entryId(s.c(), s.slug(), VoteDriver.TITLE_A);

        driver.path.challenges.signIn(s.a());
        BallotPage own = driver.ballots.page(s.slug());
        assertThat(own.cards()).filteredOn(BallotPage.Card::own).extracting(BallotPage.Card::title).containsExactly(VoteDriver.TITLE_A);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.error.ownProposal");

        UserAccount colleague = driver.path.challenges.colleagueOf(driver.path.manager());
        driver.path.challenges.signIn(colleague);
        assertThat(driver.ballots.page(s.slug()).refusalKey()).isEqualTo("vote.refused.firmStaff");
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.refused.firmStaff");

        driver.path.challenges.signIn(evaluator);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.refused.evaluator");

        UserAccount operator = driver.path.accounts.user("voteadmin", null, Role.ADMIN);
        driver.path.challenges.signIn(operator);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).as("members only: an account without organisation")
                .hasMessage("vote.refused.members");

        driver.path.challenges.signIn(s.b());
        driver.ballots.cast(entryA);
        assertThat(driver.jdbc.queryForObject("select count(*) from prize_vote_ballot where vote_id = ?", Long.class, vote))
                .as("only b's ballot counts").isEqualTo(1L);
    }

    @Test
    void ballotsAreRefusedOutsideTheVotingWindow() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.PUBLIC, false, false);
        driver.optIns(s);
        long entryA = driver.jdbc.queryForObject("select id from prize_vote_entry where proposal_id = ?", Long.class, s.pa());
        UserAccount voter = driver.path.applicant();
        driver.path.challenges.signIn(voter);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.error.notYetOpen");

        driver.open(vote);
        driver.closingTimePasses(vote);
        driver.path.challenges.signIn(voter);
        assertThat(driver.ballots.page(s.slug()).phase()).as("closed, the timer not run yet").isEqualTo(BallotPage.Phase.COUNTING);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.error.closed");

        driver.close(vote);
        driver.path.challenges.signIn(voter);
        assertThatThrownBy(() -> driver.ballots.cast(entryA)).hasMessage("vote.error.closed");
        assertThat(driver.jdbc.queryForObject("select count(*) from prize_vote_ballot where vote_id = ?", Long.class, vote)).isZero();
    }

    @Test
    void countsAreHiddenFromEverybodyUntilTheCountAndTiesAreShownAsTies() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.PUBLIC, false, false);
        driver.optIns(s);
        driver.open(vote);
        long entryA = driver.entryId(s.b(), s.slug(), VoteDriver.TITLE_A);
        long entryC = driver.entryId(s.b(), s.slug(), VoteDriver.TITLE_C);
        List<UserAccount> voters = List.of(driver.path.applicant(), driver.path.applicant(), driver.path.applicant(), s.b());
        driver.cast(voters.get(0), entryA);
        driver.cast(voters.get(1), entryC);
        driver.cast(voters.get(2), entryA);
        driver.cast(voters.get(3), entryC);

        driver.path.challenges.signIn(driver.path.manager());
        FirmVote firm = driver.votes.forFirm(s.challenge()).orElseThrow();
        assertThat(firm.ballotsCast()).as("the firm sees how many voted").isEqualTo(4);
        assertThat(firm.results()).as("but not for whom").isEmpty();
        assertThat(firm.toString()).doesNotContain("votes=");
        assertThat(driver.ballots.results(s.challenge())).isEmpty();
        driver.path.challenges.signIn(voters.get(0));
        assertThat(driver.ballots.page(s.slug()).results()).isEmpty();

        driver.close(vote);
        driver.path.challenges.signIn(driver.path.manager());
        VoteResults results = driver.votes.forFirm(s.challenge()).orElseThrow().results().orElseThrow();
        assertThat(results.ballots()).isEqualTo(4);
        assertThat(results.rows()).extracting(VoteResults.Row::rank, VoteResults.Row::votes, VoteResults.Row::tied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, true), org.assertj.core.groups.Tuple.tuple(1, 2, true));
        driver.path.challenges.signIn(voters.get(0));
        assertThat(driver.ballots.page(s.slug()).results()).contains(results);
    }

    @Test
    void aClearWinnerAndAnErasedVoterWhoseBallotStillCounts() {
        VoteDriver.Scenario s = driver.closedChallenge();
        long vote = driver.configure(s, Audience.MEMBERS, false, false);
        driver.optIns(s);
        driver.open(vote);
        long entryA = driver.entryId(s.b(), s.slug(), VoteDriver.TITLE_A);
        long entryC = driver.entryId(s.b(), s.slug(), VoteDriver.TITLE_C);
        UserAccount erased = driver.path.applicant();
        driver.cast(erased, entryA);
        driver.cast(s.b(), entryA);
        driver.cast(s.d(), entryC);

        PersonalDataSource votes = personalData.stream().filter(p -> p.part().equals("audienceVotes")).findFirst().orElseThrow();
        PersonalDataSource.Person person = new PersonalDataSource.Person(erased.getId(), erased.getEmail(), erased.getFullName());
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> mine = (Map<String, List<Map<String, Object>>>) votes.collect(person);
        assertThat(mine.get("ballots")).singleElement().satisfies(b -> assertThat(b.values()).contains(VoteDriver.TITLE_A));
        driver.path.challenges.signIn(s.a());
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> consent = (Map<String, List<Map<String, Object>>>) votes.collect(
                new PersonalDataSource.Person(s.a().getId(), s.a().getEmail(), s.a().getFullName()));
        assertThat(consent.get("consents")).hasSize(1);

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                t -> votes.erase(new PersonalDataSource.Erasure(person, "erased-user-" + erased.getId(), true)));
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> after = (Map<String, List<Map<String, Object>>>) votes.collect(person);
        assertThat(after.get("ballots")).isEmpty();

        driver.close(vote);
        driver.path.challenges.signIn(driver.path.manager());
        VoteResults results = driver.votes.forFirm(s.challenge()).orElseThrow().results().orElseThrow();
        assertThat(results.rows()).extracting(VoteResults.Row::title, VoteResults.Row::rank, VoteResults.Row::votes, VoteResults.Row::tied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VoteDriver.TITLE_A, 1, 2, false),
                        org.assertj.core.groups.Tuple.tuple(VoteDriver.TITLE_C, 2, 1, false));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
}
