package it.convergo.assignment;

import java.util.Arrays;

/**
 * Node potentials of a residual network: shortest distances from a virtual root joined to every
 * node at cost 0 (queue-based Bellman-Ford). For an optimal flow the residual network has no
 * negative cycle, and the distances d satisfy {@code cost(u, v) + d(u) - d(v) >= 0} on every
 * residual arc: proof of optimality, and the test a missing arc must pass to leave it out.
 */
final class ResidualPotentials {

    /** Relaxations allowed per residual arc before giving up (the caller then falls back). */
    private static final long RELAXATIONS_PER_ARC = 64;

    private final int nodes;
    private int arcs;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private long[] cost = new long[1024];

    ResidualPotentials(int nodes) {
        this.nodes = nodes;
    }

    /** Adds the residual arcs of a network arc with the given unit cost, remaining capacity and flow. */
    void arc(int tail, int head, long unitCost, long remainingCapacity, long flow) {
        if (remainingCapacity > 0) {
            add(tail, head, unitCost);
        }
        if (flow > 0) {
            add(head, tail, -unitCost);
        }
    }

    private void add(int tail, int head, long unitCost) {
        if (arcs == from.length) {
            int grown = arcs * 2;
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            cost = Arrays.copyOf(cost, grown);
        }
        from[arcs] = tail;
        to[arcs] = head;
        cost[arcs] = unitCost;
        arcs++;
    }

    /** The potentials, or null when the search exceeded its budget (or found a negative cycle). */
    long[] compute() {
        int[] start = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            start[from[a] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        int[] next = Arrays.copyOf(start, nodes);
        int[] head = new int[arcs];
        long[] weight = new long[arcs];
        for (int a = 0; a < arcs; a++) {
            int at = next[from[a]]++;
            head[at] = to[a];
            weight[at] = cost[a];
        }
        long[] distance = new long[nodes];
        boolean[] queued = new boolean[nodes];
        int[] queue = new int[nodes + 1];
        int first = 0;
        int last = 0;
        for (int n = 0; n < nodes; n++) {
            queue[last++] = n;
            queued[n] = true;
        }
        long budget = RELAXATIONS_PER_ARC * arcs + nodes;
        while (first != last) {
            int u = queue[first];
            first = first == nodes ? 0 : first + 1;
            queued[u] = false;
            for (int at = start[u]; at < start[u + 1]; at++) {
                int v = head[at];
                long candidate = distance[u] + weight[at];
                if (candidate < distance[v]) {
                    if (--budget < 0) {
                        return null;
                    }
                    distance[v] = candidate;
                    if (!queued[v]) {
                        queued[v] = true;
                        queue[last] = v;
                        last = last == nodes ? 0 : last + 1;
                    }
                }
            }
        }
        return distance;
    }
}
