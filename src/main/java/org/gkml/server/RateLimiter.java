package org.gkml.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per second per client address, as a token bucket (a burst of two seconds' worth is let through).
 * Buckets of clients idle for a minute are dropped, so the table does not grow with every address ever seen.
 */
final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep = System.nanoTime();

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    /** @param perSecond requests per second per client; 0 turns the limit off */
    RateLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 2.0);
    }

    boolean enabled() {
        return perSecond > 0;
    }

    boolean allow(String client) {
        if (!enabled()) return true;
        long now = System.nanoTime();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens < 1) return false;
            b.tokens -= 1;
            return true;
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) return;
        lastSweep = now;
        buckets.entrySet().removeIf(e -> now - e.getValue().last > 60_000_000_000L);
    }
}
