package org.gkml.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets no more searches run at once than there are cores, with a short queue behind them: a search is CPU work from
 * start to end, and more of them side by side only make all of them slow (and the cheap requests behind them). A
 * request that finds the queue full, or waits longer than it may, is turned away at once (the server answers 503
 * with Retry-After) rather than queue without bound: under a flood, an answered search waits for at most the queue
 * ahead of it.
 */
final class SearchGate {

    /** Requests that may wait per core, beside the ones searching. */
    static final int WAITING_PER_CORE = 4;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final Semaphore slots;
    private final int maxWaiting;
    private final long waitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    SearchGate(int running, int maxWaiting, Duration longestWait) {
        this.slots = new Semaphore(running, true);
        this.maxWaiting = maxWaiting;
        this.waitNanos = longestWait.toNanos();
    }

    /** A gate for this machine's cores. */
    static SearchGate forCores() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new SearchGate(cores, cores * WAITING_PER_CORE, LONGEST_WAIT);
    }

    /** Takes a slot, waiting in the queue if there is room in it; false when the request is to be turned away. */
    boolean enter() {
        if (slots.tryAcquire()) return true;
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Requests waiting now. */
    int waiting() {
        return waiting.get();
    }

    /** Gives back the slot {@link #enter} took. */
    void leave() {
        slots.release();
    }
}
