package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.support.SpringTest;
import it.convergo.workflow.ProposalEvaluation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Closing while applicants submit (service layer, H2 and MariaDB): 200 applicants with complete drafts submit
 * from 20 threads; after the first 50 receipts the challenge closes, by its timer or early by the firm. Every
 * submission is either acknowledged and then in the list the close took (it has its evaluation process), or
 * refused with the deadline message; none fails otherwise, none is acknowledged without an evaluation.
 */
class CloseWhileSubmittingTest extends SpringTest {

    private static final int APPLICANTS = Integer.getInteger("convergo.test.rushApplicants", 200);
    private static final int THREADS = 20;
    private static final int CLOSE_AFTER = 50;
    private static final Set<String> DEADLINE_MESSAGES = Set.of("proposal.error.closed", "proposal.error.closedEarly");

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    ChallengePublishing challenges;
    @Autowired
    ProposalEvaluation evaluations;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theClosingTimerFiresWhileApplicantsSubmit() throws Exception {
        rush("timer", challengeId -> fixtures.fireLifecycleTimer(challengeId));
    }

    @Test
    void theFirmClosesEarlyWhileApplicantsSubmit() throws Exception {
        UserAccount[] manager = new UserAccount[1];
        rush("close early", manager, challengeId -> {
            fixtures.signIn(manager[0]);
            challenges.closeEarly(challengeId);
        });
    }

    private void rush(String variant, LongConsumer close) throws Exception {
        rush(variant, new UserAccount[1], close);
    }



    private void rush(String variant, UserAccount[] manager, LongConsumer close) throws Exception {
        manager[0] = fixtures.firmManager();
        fixtures.signIn(manager[0]);
        long challengeId = fixtures.open(ChallengeFixtures.unique("Rush"));
        fixtures.signOut();
        List<ProposalFixtures.ReadyDraft> applicants = proposals.readyDrafts(APPLICANTS, challengeId);

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Long> refused = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch firstReceipts = new CountDownLatch(CLOSE_AFTER);
        long started = System.nanoTime();
        Thread closer = new Thread(() -> {
            try {
                firstReceipts.await(60, TimeUnit.SECONDS);
                close.accept(challengeId);
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, "closer");
        closer.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (ProposalFixtures.ReadyDraft a : applicants) {
            pool.execute(() -> {
                try {
                    fixtures.signIn(a.user());
                    submissions.submit(a.proposalId(), a.version());
                    acknowledged.add(a.proposalId());
                    firstReceipts.countDown();
                } catch (UserFacingException e) {
                    if (DEADLINE_MESSAGES.contains(e.messageKey())) {
                        refused.add(a.proposalId());
                    } else {
                        failures.add(e);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        closer.join(TimeUnit.MINUTES.toMillis(2));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<Long> withoutEvaluation = acknowledged.stream().filter(id -> evaluations.currentSteps(id).isEmpty()).toList();
        List<Long> refusedButEvaluated = refused.stream().filter(id -> !evaluations.currentSteps(id).isEmpty()).toList();
        System.out.printf("close while submitting (%s): attempts=%d acknowledged=%d refused=%d failed=%d "
                        + "acknowledged-without-evaluation=%d in %d ms%n", variant, applicants.size(), acknowledged.size(),
                refused.size(), failures.size(), withoutEvaluation.size(), millis);
        failures.stream().limit(3).forEach(Throwable::printStackTrace);

        assertThat(failures).as("failures").isEmpty();
        assertThat(acknowledged.size() + refused.size()).as("acknowledged + refused = attempts").isEqualTo(applicants.size());
        assertThat(acknowledged.size()).as("the close waited for the first receipts").isGreaterThanOrEqualTo(CLOSE_AFTER);
        assertThat(withoutEvaluation).as("acknowledged but never evaluated").isEmpty();
        assertThat(refusedButEvaluated).isEmpty();
        assertThat(submitted.submittedTo(challengeId)).extracting(ProposalSummary::id)
                .containsExactlyInAnyOrderElementsOf(acknowledged);
    }
}
