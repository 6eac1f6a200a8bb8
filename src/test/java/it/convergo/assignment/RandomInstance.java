package it.convergo.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded random problem kept as raw data, so tests can check results and brute-force optima
 * without going through the production code.
 */
final class RandomInstance {

    final int proposals;
    final int evaluators;
    final int k;
    /** affinity[p][e], null when the pair is not a candidate. */
    final Integer[][] affinity;
    final Set<Long> conflicts = new HashSet<>();
    final Set<Long> locked = new HashSet<>();
    final Set<Long> excluded = new HashSet<>();
    final int[] maxLoad;
    final int[] minLoad;

    RandomInstance(long seed, int maxProposals, int maxEvaluators, int maxK) {
        Random random = new Random(seed);
        proposals = 1 + random.nextInt(maxProposals);
        evaluators = 1 + random.nextInt(maxEvaluators);
        k = 1 + random.nextInt(Math.min(maxK, evaluators));
        double density = 0.5 + random.nextDouble() * 0.5;
        affinity = new Integer[proposals][evaluators];
        for (int p = 0; p < proposals; p++) {
            for (int e = 0; e < evaluators; e++) {
                if (random.nextDouble() < density) {
                    affinity[p][e] = random.nextInt(20) == 0 ? -100 - random.nextInt(5) : random.nextInt(50) - 10;
                    double roll = random.nextDouble();
                    if (roll < 0.05) {
                        conflicts.add(key(p, e));
                    } else if (roll < 0.08) {
                        locked.add(key(p, e));
                    } else if (roll < 0.12) {
                        excluded.add(key(p, e));
                    }
                }
            }
        }
        int defaultMax = (k * proposals + evaluators - 1) / evaluators + random.nextInt(2);
        maxLoad = new int[evaluators];
        minLoad = new int[evaluators];
        for (int e = 0; e < evaluators; e++) {
            maxLoad[e] = defaultMax;
            minLoad[e] = random.nextInt(6) == 0 ? random.nextInt(2) + 1 : 0;
        }
    }

    static long key(int p, int e) {
        return ((long) p << 32) | e;
    }

    static String proposalId(int p) {
        return "P" + p;
    }

    static String evaluatorId(int e) {
        return "E" + e;
    }

    AssignmentProblem problem() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(k);
        for (int p = 0; p < proposals; p++) {
            builder.proposal(proposalId(p));
        }
        for (int e = 0; e < evaluators; e++) {
            builder.evaluator(evaluatorId(e));
            builder.maxLoad(evaluatorId(e), maxLoad[e]).minLoad(evaluatorId(e), minLoad[e]);
        }
        for (int p = 0; p < proposals; p++) {
            for (int e = 0; e < evaluators; e++) {
                if (affinity[p][e] != null) {
                    builder.affinity(proposalId(p), evaluatorId(e), affinity[p][e]);
                }
            }
        }
        conflicts.forEach(c -> builder.conflict(proposalId((int) (c >> 32)), evaluatorId((int) (long) c)));
        locked.forEach(c -> builder.lock(proposalId((int) (c >> 32)), evaluatorId((int) (long) c)));
        excluded.forEach(c -> builder.exclude(proposalId((int) (c >> 32)), evaluatorId((int) (long) c)));
        return builder.build();
    }

    boolean usable(int p, int e) {
        Integer a = affinity[p][e];
        return a != null && a > -100 && !conflicts.contains(key(p, e)) && !excluded.contains(key(p, e));
    }

    /** Asserts every hard constraint and the reported figures from the raw data. */
    void assertValid(AssignmentResult result) {
        assertTrue(result.isFeasible());
        List<Panel> panels = result.panels();
        assertEquals(proposals, panels.size());
        int[] load = new int[evaluators];
        long total = 0;
        long minPanel = Long.MAX_VALUE;
        for (int p = 0; p < proposals; p++) {
            Panel panel = panels.get(p);
            assertEquals(proposalId(p), panel.proposalId());
            assertEquals(k, panel.reviewers().size(), "panel size of " + panel.proposalId());
            Set<Integer> members = new HashSet<>();
            long sum = 0;
            for (Reviewer r : panel.reviewers()) {
                int e = Integer.parseInt(r.evaluatorId().substring(1));
                assertTrue(members.add(e), "duplicate evaluator in " + panel.proposalId());
                assertTrue(usable(p, e), "forbidden pair " + panel.proposalId() + "," + r.evaluatorId());
                assertEquals(affinity[p][e], r.affinity());
                load[e]++;
                sum += affinity[p][e];
            }
            for (long lock : locked) {
                if ((int) (lock >> 32) == p) {
                    assertTrue(members.contains((int) lock), "locked pair missing in " + panel.proposalId());
                }
            }
            assertEquals(sum, panel.affinity());
            total += sum;
            minPanel = Math.min(minPanel, sum);
        }
        for (int e = 0; e < evaluators; e++) {
            assertTrue(load[e] <= maxLoad[e], "overloaded " + e);
            assertTrue(load[e] >= minLoad[e], "underloaded " + e);
        }
        Map<String, Integer> loads = result.loads();
        for (int e = 0; e < evaluators; e++) {
            assertEquals(load[e], loads.get(evaluatorId(e)));
        }
        assertEquals(total, result.stats().totalAffinity());
        assertEquals(minPanel, result.stats().minPanelAffinity());
        assertEquals(0, result.stats().conflictViolations());
    }

    /** Exhaustive search: best total, and best worst-panel sum, over all complete assignments. */
    BruteForce bruteForce() {
        List<List<int[]>> options = new ArrayList<>();
        for (int p = 0; p < proposals; p++) {
            List<int[]> panels = new ArrayList<>();
            collectPanels(p, 0, new int[k], 0, panels);
            options.add(panels);
        }
        BruteForce best = new BruteForce();
        search(options, 0, new int[evaluators], 0, Long.MAX_VALUE, best);
        return best;
    }

    private void collectPanels(int p, int from, int[] chosen, int size, List<int[]> out) {
        if (size == k) {
            for (long lock : locked) {
                if ((int) (lock >> 32) == p && !contains(chosen, (int) lock)) {
                    return;
                }
            }
            out.add(chosen.clone());
            return;
        }
        for (int e = from; e < evaluators; e++) {
            if (usable(p, e)) {
                chosen[size] = e;
                collectPanels(p, e + 1, chosen, size + 1, out);
            }
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private void search(List<List<int[]>> options, int p, int[] load, long total, long minPanel, BruteForce best) {
        if (p == proposals) {
            for (int e = 0; e < evaluators; e++) {
                if (load[e] < minLoad[e]) {
                    return;
                }
            }
            best.feasible = true;
            best.total = Math.max(best.total, total);
            best.minPanel = Math.max(best.minPanel, minPanel);
            return;
        }
        for (int[] panel : options.get(p)) {
            boolean fits = true;
            long sum = 0;
            for (int e : panel) {
                fits &= load[e] < maxLoad[e];
                sum += affinity[p][e];
            }
            if (!fits) {
                continue;
            }
            for (int e : panel) {
                load[e]++;
            }
            search(options, p + 1, load, total + sum, Math.min(minPanel, sum), best);
            for (int e : panel) {
                load[e]--;
            }
        }
    }

    static final class BruteForce {
        boolean feasible;
        long total = Long.MIN_VALUE;
        long minPanel = Long.MIN_VALUE;
    }

    void assertInfeasibleReported(AssignmentResult result) {
        assertFalse(result.isFeasible());
        assertFalse(result.infeasibilities().isEmpty());
        assertTrue(result.panels().isEmpty());
    }
}
