package it.convergo.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Immutable description of one evaluator assignment: proposals, evaluators, the panel size K,
 * per-evaluator load bounds and the candidate (proposal, evaluator) pairs with their affinity.
 *
 * <p>Only pairs given an affinity are candidates; a pair without one is never assigned. A pair
 * is a conflict (never assigned) when its affinity is {@value #CONFLICT_AFFINITY} or lower, or when
 * it was declared with {@link Builder#conflict}. Locked pairs must be in the result, excluded
 * pairs must not.
 *
 * <p>Pairs are stored in primitive arrays grouped by proposal (evaluators ascending inside a
 * proposal), so ten million pairs take about 90 MB.
 */
public final class AssignmentProblem {

    /** Affinity at or below which a pair is a conflict. */
    public static final int CONFLICT_AFFINITY = -100;
    /** Largest accepted affinity; keeps the flow costs far from overflow. */
    public static final int MAX_AFFINITY = 1_000_000;

    static final byte CONFLICT = 1;
    static final byte LOCKED = 2;
    static final byte EXCLUDED = 4;

    private final List<String> proposalIds;
    private final List<String> evaluatorIds;
    private final Map<String, Integer> proposalIndex;
    private final Map<String, Integer> evaluatorIndex;
    private final int panelSize;
    private final int[] maxLoad;
    private final int[] minLoad;
    private final int[] pairStart;
    private final int[] pairEvaluator;
    private final int[] pairAffinity;
    private final byte[] pairFlags;

    private AssignmentProblem(Builder b, int[] pairStart, int[] pairEvaluator, int[] pairAffinity,
                              byte[] pairFlags, int[] maxLoad, int[] minLoad) {
        this.proposalIds = Collections.unmodifiableList(new ArrayList<>(b.proposals));
        this.evaluatorIds = Collections.unmodifiableList(new ArrayList<>(b.evaluators));
        this.proposalIndex = Map.copyOf(b.proposalIndex);
        this.evaluatorIndex = Map.copyOf(b.evaluatorIndex);
        this.panelSize = b.panelSize;
        this.pairStart = pairStart;
        this.pairEvaluator = pairEvaluator;
        this.pairAffinity = pairAffinity;
        this.pairFlags = pairFlags;
        this.maxLoad = maxLoad;
        this.minLoad = minLoad;
    }

    /** Starts a problem where every proposal needs {@code panelSize} distinct evaluators. */
    public static Builder builder(int panelSize) {
        return new Builder(panelSize);
    }

    public int panelSize() {
        return panelSize;
    }

    public int proposalCount() {
        return proposalIds.size();
    }

    public int evaluatorCount() {
        return evaluatorIds.size();
    }

    /** Number of candidate pairs, conflicts included. */
    public int pairCount() {
        return pairEvaluator.length;
    }

    public List<String> proposalIds() {
        return proposalIds;
    }

    public List<String> evaluatorIds() {
        return evaluatorIds;
    }

    public String proposalId(int proposal) {
        return proposalIds.get(proposal);
    }

    public String evaluatorId(int evaluator) {
        return evaluatorIds.get(evaluator);
    }

    public int maxLoad(int evaluator) {
        return maxLoad[evaluator];
    }

    public int minLoad(int evaluator) {
        return minLoad[evaluator];
    }

    /** The affinity of a candidate pair, empty when the pair is not a candidate. */
    public OptionalInt affinity(String proposalId, String evaluatorId) {
        int pair = pairOf(proposalId, evaluatorId);
        return pair < 0 ? OptionalInt.empty() : OptionalInt.of(pairAffinity[pair]);
    }

    /** True when the pair may never be assigned because of a conflict. */
    public boolean isConflict(String proposalId, String evaluatorId) {
        int pair = pairOf(proposalId, evaluatorId);
        return pair >= 0 && (pairFlags[pair] & CONFLICT) != 0;
    }

    /** Index of a proposal, or -1 when unknown. */
    int proposalIndex(String proposalId) {
        return proposalIndex.getOrDefault(proposalId, -1);
    }

    private int pairOf(String proposalId, String evaluatorId) {
        Integer p = proposalIndex.get(proposalId);
        Integer e = evaluatorIndex.get(evaluatorId);
        return p == null || e == null ? -1 : pair(p, e);
    }

    // Index-level access for the solver, the verifier and the CLI.

    int firstPair(int proposal) {
        return pairStart[proposal];
    }

    int endPair(int proposal) {
        return pairStart[proposal + 1];
    }

    int pairEvaluator(int pair) {
        return pairEvaluator[pair];
    }

    int pairAffinity(int pair) {
        return pairAffinity[pair];
    }

    boolean isConflict(int pair) {
        return (pairFlags[pair] & CONFLICT) != 0;
    }

    boolean isLocked(int pair) {
        return (pairFlags[pair] & LOCKED) != 0;
    }

    boolean isExcluded(int pair) {
        return (pairFlags[pair] & EXCLUDED) != 0;
    }

    /** A pair the solver may choose freely: not conflicted, excluded or locked. */
    boolean isOpen(int pair) {
        return pairFlags[pair] == 0;
    }

    /**
     * The same problem without some proposals: same evaluators, loads, pairs and their conflict, lock and
     * exclusion marks (for a partial assignment of the proposals that can be covered).
     */
    AssignmentProblem without(Set<String> proposalIdsLeftOut) {
        Builder b = builder(panelSize);
        evaluatorIds.forEach(b::evaluator);
        for (int e = 0; e < evaluatorIds.size(); e++) {
            b.maxLoad(evaluatorIds.get(e), maxLoad[e]).minLoad(evaluatorIds.get(e), minLoad[e]);
        }
        for (int p = 0; p < proposalIds.size(); p++) {
            String proposal = proposalIds.get(p);
            if (proposalIdsLeftOut.contains(proposal)) {
                continue;
            }
            int index = b.proposal(proposal);
            for (int pair = pairStart[p]; pair < pairStart[p + 1]; pair++) {
                String evaluator = evaluatorIds.get(pairEvaluator[pair]);
                b.affinity(index, pairEvaluator[pair], pairAffinity[pair]);
                if (isConflict(pair)) {
                    b.conflict(proposal, evaluator);
                }
                if (isLocked(pair)) {
                    b.lock(proposal, evaluator);
                }
                if (isExcluded(pair)) {
                    b.exclude(proposal, evaluator);
                }
            }
        }
        return b.build();
    }

    /** Index of the pair (proposal, evaluator), or -1 when it is not a candidate. */
    int pair(int proposal, int evaluator) {
        int at = Arrays.binarySearch(pairEvaluator, pairStart[proposal], pairStart[proposal + 1], evaluator);
        return at < 0 ? -1 : at;
    }

    /**
     * Collects a problem. Ids are registered on first use and keep that order, which fixes the
     * order of proposals and evaluators in the result. Not thread-safe.
     */
    public static final class Builder {
        private final int panelSize;
        private final List<String> proposals = new ArrayList<>();
        private final List<String> evaluators = new ArrayList<>();
        private final Map<String, Integer> proposalIndex = new HashMap<>();
        private final Map<String, Integer> evaluatorIndex = new HashMap<>();
        private final Map<String, Integer> maxLoads = new HashMap<>();
        private final Map<String, Integer> minLoads = new HashMap<>();
        private final List<String[]> conflicts = new ArrayList<>();
        private final List<String[]> locks = new ArrayList<>();
        private final List<String[]> exclusions = new ArrayList<>();
        private int defaultMaxLoad = -1;
        private int defaultMinLoad;
        private int pairCount;
        private int[] pairProposal = new int[1024];
        private int[] pairEvaluator = new int[1024];
        private int[] pairAffinity = new int[1024];

        private Builder(int panelSize) {
            if (panelSize < 1) {
                throw new IllegalArgumentException("panel size must be at least 1, got " + panelSize);
            }
            this.panelSize = panelSize;
        }

        /** Registers a proposal (idempotent) and returns its index. */
        public int proposal(String id) {
            return register(id, proposals, proposalIndex);
        }

        /** Registers an evaluator (idempotent) and returns its index. */
        public int evaluator(String id) {
            return register(id, evaluators, evaluatorIndex);
        }

        private static int register(String id, List<String> ids, Map<String, Integer> index) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("ids must not be empty");
            }
            Integer known = index.putIfAbsent(id, ids.size());
            if (known != null) {
                return known;
            }
            ids.add(id);
            return ids.size() - 1;
        }

        /**
         * Makes a pair a candidate; ids are registered if new. An affinity at or below
         * {@value #CONFLICT_AFFINITY} marks a conflict and is stored as {@value #CONFLICT_AFFINITY}.
         *
         * @throws IllegalArgumentException above {@value #MAX_AFFINITY}; a duplicate pair fails in {@link #build()}
         */
        public Builder affinity(String proposalId, String evaluatorId, int affinity) {
            return affinity(proposal(proposalId), evaluator(evaluatorId), affinity);
        }

        /** Same as {@link #affinity(String, String, int)} with indices from {@link #proposal} and {@link #evaluator}: the bulk path. */
        public Builder affinity(int proposal, int evaluator, int affinity) {
            if (proposal < 0 || proposal >= proposals.size() || evaluator < 0 || evaluator >= evaluators.size()) {
                throw new IllegalArgumentException("unknown proposal or evaluator index");
            }
            if (affinity > MAX_AFFINITY) {
                throw new IllegalArgumentException("affinity " + affinity + " of " + proposals.get(proposal)
                        + "," + evaluators.get(evaluator) + " exceeds " + MAX_AFFINITY);
            }
            if (pairCount == pairProposal.length) {
                int grown = pairCount + (pairCount >> 1);
                pairProposal = Arrays.copyOf(pairProposal, grown);
                pairEvaluator = Arrays.copyOf(pairEvaluator, grown);
                pairAffinity = Arrays.copyOf(pairAffinity, grown);
            }
            pairProposal[pairCount] = proposal;
            pairEvaluator[pairCount] = evaluator;
            pairAffinity[pairCount] = Math.max(affinity, CONFLICT_AFFINITY);
            pairCount++;
            return this;
        }

        /** Forbids a pair. Ids that never get an affinity are ignored: such pairs are never candidates. */
        public Builder conflict(String proposalId, String evaluatorId) {
            conflicts.add(new String[] {proposalId, evaluatorId});
            return this;
        }

        /** Forces a candidate pair into the result. */
        public Builder lock(String proposalId, String evaluatorId) {
            locks.add(new String[] {proposalId, evaluatorId});
            return this;
        }

        /** Keeps a candidate pair out of the result. */
        public Builder exclude(String proposalId, String evaluatorId) {
            exclusions.add(new String[] {proposalId, evaluatorId});
            return this;
        }

        /** Whether both ids were registered (the command line refuses pair rows naming others). */
        boolean knows(String proposalId, String evaluatorId) {
            return proposalIndex.containsKey(proposalId) && evaluatorIndex.containsKey(evaluatorId);
        }

        /** Maximum load of every evaluator without an own one; default ceil(K x proposals / evaluators). */
        public Builder defaultMaxLoad(int maxLoad) {
            this.defaultMaxLoad = requireLoad(maxLoad);
            return this;
        }

        /** Minimum load of every evaluator without an own one; default 0. */
        public Builder defaultMinLoad(int minLoad) {
            this.defaultMinLoad = requireLoad(minLoad);
            return this;
        }

        public Builder maxLoad(String evaluatorId, int maxLoad) {
            maxLoads.put(evaluatorId, requireLoad(maxLoad));
            return this;
        }

        public Builder minLoad(String evaluatorId, int minLoad) {
            minLoads.put(evaluatorId, requireLoad(minLoad));
            return this;
        }

        private static int requireLoad(int load) {
            if (load < 0) {
                throw new IllegalArgumentException("loads must not be negative, got " + load);
            }
            return load;
        }

        /**
         * Builds the problem.
         *
         * @throws IllegalArgumentException on a duplicate pair, a load for an unknown evaluator, or a
         *                                  locked or excluded pair that has no affinity
         */
        public AssignmentProblem build() {
            int proposalCount = proposals.size();
            int evaluatorCount = evaluators.size();
            int[] start = new int[proposalCount + 1];
            int[] evaluator = new int[pairCount];
            int[] affinity = new int[pairCount];
            groupPairs(start, evaluator, affinity);
            byte[] flags = new byte[pairCount];
            for (int i = 0; i < pairCount; i++) {
                if (affinity[i] <= CONFLICT_AFFINITY) {
                    flags[i] = CONFLICT;
                }
            }
            int[] max = loads(maxLoads, defaultMaxLoad >= 0 ? defaultMaxLoad : ceilDiv(panelSize, proposalCount, evaluatorCount));
            int[] min = loads(minLoads, defaultMinLoad);
            AssignmentProblem problem = new AssignmentProblem(this, start, evaluator, affinity, flags, max, min);
            for (String[] c : conflicts) {
                int pair = problem.pairOf(c[0], c[1]);
                if (pair >= 0) {
                    flags[pair] |= CONFLICT;
                }
            }
            mark(problem, locks, flags, LOCKED, "locked");
            mark(problem, exclusions, flags, EXCLUDED, "excluded");
            return problem;
        }

        private static int ceilDiv(int panelSize, int proposals, int evaluators) {
            return evaluators == 0 ? 0 : (int) ((panelSize * (long) proposals + evaluators - 1) / evaluators);
        }

        private int[] loads(Map<String, Integer> byId, int fallback) {
            int[] loads = new int[evaluators.size()];
            Arrays.fill(loads, fallback);
            byId.forEach((id, load) -> {
                Integer e = evaluatorIndex.get(id);
                if (e == null) {
                    throw new IllegalArgumentException("load given for unknown evaluator " + id);
                }
                loads[e] = load;
            });
            return loads;
        }

        private static void mark(AssignmentProblem problem, List<String[]> pairs, byte[] flags, byte flag, String what) {
            for (String[] p : pairs) {
                int pair = problem.pairOf(p[0], p[1]);
                if (pair < 0) {
                    throw new IllegalArgumentException(what + " pair " + p[0] + "," + p[1] + " has no affinity");
                }
                flags[pair] |= flag;
            }
        }

        /** Two stable counting sorts (evaluator, then proposal) give proposal-major, evaluator-ascending order in O(n). */
        private void groupPairs(int[] start, int[] evaluatorOut, int[] affinityOut) {
            int[] byEvaluator = countingOrder(pairEvaluator, evaluators.size(), null);
            int[] order = countingOrder(pairProposal, proposals.size(), byEvaluator);
            for (int i = 0; i < pairCount; i++) {
                int from = order[i];
                evaluatorOut[i] = pairEvaluator[from];
                affinityOut[i] = pairAffinity[from];
            }
            for (int i = 0; i < pairCount; i++) {
                start[pairProposal[i] + 1]++;
            }
            for (int p = 0; p < proposals.size(); p++) {
                start[p + 1] += start[p];
            }
            for (int p = 0; p < proposals.size(); p++) {
                for (int i = start[p] + 1; i < start[p + 1]; i++) {
                    if (evaluatorOut[i] == evaluatorOut[i - 1]) {
                        throw new DuplicatePairException(proposals.get(p), evaluators.get(evaluatorOut[i]));
                    }
                }
            }
        }

        /** Stable order of pair positions (taken in {@code within} order, or natural order) by {@code key}. */
        private int[] countingOrder(int[] key, int keyCount, int[] within) {
            int[] next = new int[keyCount + 1];
            for (int i = 0; i < pairCount; i++) {
                next[key[i] + 1]++;
            }
            for (int k = 0; k < keyCount; k++) {
                next[k + 1] += next[k];
            }
            int[] order = new int[pairCount];
            for (int i = 0; i < pairCount; i++) {
                int pos = within == null ? i : within[i];
                order[next[key[pos]]++] = pos;
            }
            return order;
        }
    }
}
