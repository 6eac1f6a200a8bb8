package it.convergo.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (an address, a client, a challenge) in a sliding window, in this node's memory.
 * Several nodes each count their own share, so a limit of n allows at most n per node; limits that must
 * hold across nodes are counted in the database instead.
 */
public final class RateLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records an event unless the key already reached the limit; true when it was within the limit. */
    public boolean tryAcquire(String key) {
        boolean[] allowed = new boolean[1];
        events.compute(key, (k, times) -> {
            Deque<Instant> live = prune(times);
            allowed[0] = live.size() < limit;
            if (allowed[0]) {
                live.addLast(clock.instant());
            }
            return live;
        });
        sweepIfLarge();
        return allowed[0];
    }

    /** Records an event (e.g. a wrong guess) whatever the count. */
    public void record(String key) {
        events.compute(key, (k, times) -> {
            Deque<Instant> live = prune(times);
            live.addLast(clock.instant());
            return live;
        });
        sweepIfLarge();
    }

    /** Forgets the key's events. */
    public void clear(String key) {
        events.remove(key);
    }

    /** Whether the key reached the limit within the window. */
    public boolean isLimited(String key) {
        Deque<Instant> times = events.computeIfPresent(key, (k, t) -> prune(t));
        return times != null && times.size() >= limit;
    }

    private Deque<Instant> prune(Deque<Instant> times) {
        Deque<Instant> live = times == null ? new ArrayDeque<>() : times;
        Instant oldest = clock.instant().minus(window);
        while (!live.isEmpty() && !live.peekFirst().isAfter(oldest)) {
            live.removeFirst();
        }
        return live;
    }

    /** Keeps memory bounded under a flood of distinct keys: forgets keys whose events all expired. */
    private void sweepIfLarge() {
        if (events.size() > SWEEP_ABOVE) {
            events.keySet().forEach(k -> events.computeIfPresent(k, (key, t) -> prune(t).isEmpty() ? null : t));
        }
    }
}
