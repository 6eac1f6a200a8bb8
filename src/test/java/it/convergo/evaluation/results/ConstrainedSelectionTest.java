package it.convergo.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.evaluation.results.ConstrainedSelection.Candidate;
import it.convergo.evaluation.results.ConstrainedSelection.Constraints;
import it.convergo.evaluation.results.ConstrainedSelection.Limit;
import it.convergo.evaluation.results.ConstrainedSelection.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The constrained selection against exhaustive search on generated instances, and its costs on a known one. */
class ConstrainedSelectionTest {

    @Test
    void aBudgetCapAndAStartUpQuotaChangeTheWinnersAndEachSaysWhatItCosts() {
        List<Candidate> c = List.of(
                new Candidate(1, 1, new BigDecimal("9.0"), new BigDecimal("90000"), false, "LOMBARDIA"),
                new Candidate(2, 2, new BigDecimal("8.5"), new BigDecimal("30000"), false, "LOMBARDIA"),
                new Candidate(3, 3, new BigDecimal("8.0"), new BigDecimal("40000"), true, "VENETO"),
                new Candidate(4, 4, new BigDecimal("7.0"), new BigDecimal("20000"), true, "LOMBARDIA"));
        Outcome o = ConstrainedSelection.solve(c, new Constraints(2, new BigDecimal("100000"), 1, null));
        assertThat(o.plain().proposalIds()).containsExactly(1L, 2L);
        assertThat(o.plain().budget()).isEqualByComparingTo("120000");
        assertThat(o.constrained().proposalIds()).containsExactly(2L, 3L);
        assertThat(o.constrained().points()).isEqualByComparingTo("16.5");
        Map<Limit, BigDecimal> cost = new HashMap<>();
        o.costs().forEach(x -> cost.put(x.limit(), x.points()));
        // without the cap: 1 and 3 (17.0, one start-up); without the quota: 2 and 3 still best under the cap (16.5)
        assertThat(cost.get(Limit.BUDGET)).isEqualByComparingTo("0.5");
        assertThat(cost.get(Limit.STARTUPS)).isEqualByComparingTo("0");
    }

    @Test
    void aQuotaThatCannotBeMetSaysSo() {
        List<Candidate> c = List.of(new Candidate(1, 1, BigDecimal.TEN, null, false, null));
        Outcome o = ConstrainedSelection.solve(c, new Constraints(1, null, 1, null));
        assertThat(o.constrained().feasible()).isFalse();
        assertThat(o.costs()).isEmpty();
    }

    /** 300 generated instances of up to 11 proposals: CP-SAT's optimum equals the best of every subset. */
    @Test
    void theOptimumEqualsExhaustiveSearchOnGeneratedInstances() {
        Random random = new Random(20261201);
        String[] regions = {"LOMBARDIA", "VENETO", "PIEMONTE"};
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(11);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                candidates.add(new Candidate(100 + i, i + 1, BigDecimal.valueOf(random.nextInt(1000), 2),
                        random.nextInt(5) == 0 ? null : BigDecimal.valueOf(10_000 + random.nextInt(90_000)),
                        random.nextBoolean(), regions[random.nextInt(regions.length)]));
            }
            Constraints k = new Constraints(1 + random.nextInt(n), random.nextBoolean() ? BigDecimal.valueOf(20_000 + random.nextInt(200_000)) : null,
                    random.nextBoolean() ? random.nextInt(3) : null, random.nextBoolean() ? 1 + random.nextInt(2) : null);
            Outcome o = ConstrainedSelection.solve(candidates, k);
            BigDecimal best = exhaustive(candidates, k);
            if (best == null) {
                assertThat(o.constrained().feasible()).as("round " + round).isFalse();
            } else {
                assertThat(o.constrained().feasible()).as("round " + round).isTrue();
                assertThat(o.constrained().points()).as("round " + round).isEqualByComparingTo(best);
                assertThat(allowed(candidates, o.constrained().proposalIds(), k)).as("round " + round).isTrue();
            }
        }
    }

    private static BigDecimal exhaustive(List<Candidate> c, Constraints k) {
        BigDecimal best = null;
        for (int mask = 0; mask < 1 << c.size(); mask++) {
            List<Long> ids = new ArrayList<>();
            BigDecimal points = BigDecimal.ZERO;
            for (int i = 0; i < c.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    ids.add(c.get(i).proposalId());
                    points = points.add(c.get(i).points());
                }
            }
            if (allowed(c, ids, k) && (best == null || points.compareTo(best) > 0)) {
                best = points;
            }
        }
        return best;
    }

    private static boolean allowed(List<Candidate> c, List<Long> ids, Constraints k) {
        List<Candidate> picked = c.stream().filter(x -> ids.contains(x.proposalId())).toList();
        if (picked.size() > k.winners()) {
            return false;
        }
        if (k.budgetCap() != null && picked.stream().mapToLong(x -> ConstrainedSelection.euros(x.budget())).sum()
                > k.budgetCap().longValue()) {
            return false;
        }
        if (k.minStartups() != null && picked.stream().filter(Candidate::startup).count() < k.minStartups()) {
            return false;
        }
        if (k.maxPerRegion() != null) {
            Map<String, Integer> perRegion = new HashMap<>();
            picked.forEach(x -> perRegion.merge(x.region(), 1, Integer::sum));
            return perRegion.values().stream().allMatch(v -> v <= k.maxPerRegion());
        }
        return true;
    }
}
