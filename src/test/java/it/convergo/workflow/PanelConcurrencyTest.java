package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.support.SpringTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Panel members acting at the same instant (a barrier per proposal), as in the last hour before a due date:
 * declarations, then scores, then every rapporteur closing the consensus at once. Nobody gets an error,
 * every panel reaches its consensus, the challenge reaches the ranking. Two firm managers deciding
 * eligibility and composing the same panels at once both succeed, with one consistent outcome. Runs on H2
 * and, with -Pmysql, on MariaDB/MySQL; prints its counts.
 */
class PanelConcurrencyTest extends SpringTest {

    @Autowired PathDriver driver;

    @AfterEach
    void signOut() {
        driver.challenges.signOut();
    }

    @Test
    void tenPanelsOfThreeActTogether() throws Exception {
        panelsActingTogether(10, 3);
    }

    @Test
    void sixPanelsOfFiveActTogether() throws Exception {
        panelsActingTogether(6, 5);
    }

    private void panelsActingTogether(int proposalCount, int panelSize) throws Exception {
        List<UserAccount> panel = driver.evaluators(panelSize);
        long challenge = driver.openChallenge("Together", panelSize);
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < proposalCount; i++) {
            proposals.add(driver.submit(driver.applicant(), challenge));
        }
        driver.close(challenge);
        for (long p : proposals) {
            driver.eligible(challenge, p);
            driver.assign(p, panel);
        }
        int criteria = driver.criteria(challenge);
        for (UserAccount e : panel) {
            driver.challenges.signIn(e);
            driver.scoring.acceptConfidentiality(challenge);
        }

        Counts declared = together(proposals, panel, (p, e) -> driver.scoring.declare(p, false, null));
        Counts submitted = together(proposals, panel, (p, e) ->
                driver.scoring.submit(p, PathDriver.sheet(criteria, e == panel.getFirst() ? "1" : "4", "Scored at the last minute"), -1));
        int atConsensus = 0;
        for (long p : proposals) {
            if (driver.workflow.currentSteps(p).equals(List.of(EvaluationTask.CONSENSUS))) {
                atConsensus++;
            }
        }
        // every rapporteur closes the consensus at the same instant: the last one opens the ranking
        Counts closed = together(proposals, List.of(panel.getFirst()), (p, e) -> driver.consensus.complete(p,
                PathDriver.sheet(criteria, "3", "Agreed after discussion"), null, -1));
        System.out.printf("PanelConcurrencyTest: %d proposals x panel of %d (%s): declarations %s, submissions %s, "
                        + "at consensus %d/%d, consensus closed %s, lifecycle %s%n", proposalCount, panelSize,
                System.getProperty("spring.profiles.active", "h2"), declared, submitted, atConsensus, proposalCount,
                closed, driver.lifecycle.currentStep(challenge).orElse(null));

        assertThat(declared.failed()).as("declarations failed: %s", declared.errors).isZero();
        assertThat(submitted.failed()).as("submissions failed: %s", submitted.errors).isZero();
        assertThat(atConsensus).as("every panel reaches its (divergent) consensus").isEqualTo(proposalCount);
        assertThat(closed.failed()).as("consensus closing failed: %s", closed.errors).isZero();
        driver.decideAndPublish(challenge, proposals);
    }

    @Test
    void twoFirmManagersDecideAndComposeTheSamePanelsAtOnce() throws Exception {
        UserAccount first = driver.manager();
        UserAccount second = driver.challenges.colleagueOf(first);
        List<UserAccount> pool = driver.evaluators(4);
        long challenge = driver.openChallenge("Two managers", 2);
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            proposals.add(driver.submit(driver.applicant(), challenge));
        }
        driver.close(challenge);

        // both decide every proposal eligible, in opposite orders, at the same instant
        List<Long> reversed = new ArrayList<>(proposals);
        Collections.reverse(reversed);
        List<Integer> decided = Collections.synchronizedList(new ArrayList<>());
        Counts eligibility = atOnce(List.of(first, second), m -> decided.add(driver.eligibility.decide(challenge,
                m == first ? proposals : reversed, true, null, null)));
        // then each composes every panel, with different evaluators, at the same instant
        Map<Long, List<Long>> wanted = Map.of(first.getId(), List.of(pool.get(0).getId(), pool.get(1).getId()),
                second.getId(), List.of(pool.get(2).getId(), pool.get(3).getId()));
        AtomicInteger composedByThisCall = new AtomicInteger();
        Counts panels = atOnce(List.of(first, second), m -> {
            for (long p : m == first ? proposals : reversed) {
                List<Long> members = wanted.get(m.getId());
                if (driver.panels.assign(p, members, members.getFirst(), PathDriver.DUE)) {
                    composedByThisCall.incrementAndGet();
                }
            }
        });
        System.out.printf("PanelConcurrencyTest: two managers, %d proposals: eligibility %s (decided %s), panels %s "
                + "(composed %d)%n", proposals.size(), eligibility, decided, panels, composedByThisCall.get());

        assertThat(eligibility.failed()).as("eligibility errors: %s", eligibility.errors).isZero();
        assertThat(decided.stream().mapToInt(Integer::intValue).sum()).as("each proposal decided once").isEqualTo(proposals.size());
        assertThat(panels.failed()).as("panel errors: %s", panels.errors).isZero();
        assertThat(composedByThisCall.get()).as("each panel composed once").isEqualTo(proposals.size());
        driver.challenges.signIn(first);
        for (long p : proposals) {
            var members = driver.panels.panel(p);
            assertThat(members).as("one panel of two on proposal %s", p).hasSize(2);
            assertThat(new HashSet<>(wanted.values())).contains(members.stream().map(m -> m.evaluatorId()).toList());
            assertThat(driver.workflow.currentSteps(p)).containsExactly(EvaluationTask.CONFLICT_CHECK);
            for (var m : members) {
                assertThat(driver.workflow.isWaitingFor(p, EvaluationTask.CONFLICT_CHECK, m.evaluatorId())).isTrue();
            }
        }
    }

    interface PanelAction {
        void run(long proposal, UserAccount evaluator) throws Exception;
    }

    interface ManagerAction {
        void run(UserAccount manager) throws Exception;
    }

    record Counts(int ok, List<String> errors) {
        int failed() {
            return errors.size();
        }

        @Override
        public String toString() {
            return ok + " ok / " + errors.size() + " failed";
        }
    }

    /** Every evaluator of every proposal acts in a thread of its own; one barrier per proposal. */
    private Counts together(List<Long> proposals, List<UserAccount> panel, PanelAction action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(proposals.size() * panel.size());
        List<Future<?>> done = new ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Map<Long, CyclicBarrier> barriers = new ConcurrentHashMap<>();
        for (long p : proposals) {
            barriers.put(p, new CyclicBarrier(panel.size()));
            for (UserAccount e : panel) {
                done.add(threads.submit(() -> {
                    driver.challenges.signIn(e);
                    try {
                        barriers.get(p).await(60, TimeUnit.SECONDS);
                        action.run(p, e);
                        ok.incrementAndGet();
                    } catch (Exception ex) {
                        errors.add(ex.toString());
                    } finally {
                        driver.challenges.signOut();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get(300, TimeUnit.SECONDS);
        }
        threads.shutdown();
        return new Counts(ok.get(), errors);
    }

    private Counts atOnce(List<UserAccount> managers, ManagerAction action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(managers.size());
        CyclicBarrier barrier = new CyclicBarrier(managers.size());
        AtomicInteger ok = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (UserAccount m : managers) {
            done.add(threads.submit(() -> {
                driver.challenges.signIn(m);
                try {
                    barrier.await(60, TimeUnit.SECONDS);
                    action.run(m);
                    ok.incrementAndGet();
                } catch (Exception ex) {
                    errors.add(ex.toString());
                } finally {
                    driver.challenges.signOut();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(300, TimeUnit.SECONDS);
        }
        threads.shutdown();
        return new Counts(ok.get(), errors);
    }
}
