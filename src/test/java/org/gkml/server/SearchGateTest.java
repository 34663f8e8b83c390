package org.gkml.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searches beyond the running ones wait in a short queue; one more is turned away at once, not queued. */
class SearchGateTest {

    @Test
    void aFullQueueTurnsTheNextRequestAwayAtOnce() throws Exception {
        SearchGate gate = new SearchGate(1, 2, Duration.ofMinutes(1));
        assertTrue(gate.enter(), "a free slot");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch started = new CountDownLatch(2);
            Future<Boolean> first = pool.submit(() -> {
                started.countDown();
                return gate.enter();
            });
            Future<Boolean> second = pool.submit(() -> {
                started.countDown();
                return gate.enter();
            });
            started.await();
            // both are waiting once neither has returned; the queue (2) is then full
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!queueFull(gate) && System.nanoTime() < deadline) Thread.sleep(5);
            long t = System.nanoTime();
            assertFalse(gate.enter(), "the queue is full");
            assertTrue(System.nanoTime() - t < TimeUnit.SECONDS.toNanos(5), "turned away without waiting");
            gate.leave(); // this request's search ends: the first waiter's turn
            gate.leave(); // and that one's ends: the second's
            assertTrue(first.get(10, TimeUnit.SECONDS) && second.get(10, TimeUnit.SECONDS), "the queued ones got their turn");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestWaitsNoLongerThanAllowed() {
        SearchGate gate = new SearchGate(1, 5, Duration.ofMillis(50));
        assertTrue(gate.enter());
        assertFalse(gate.enter(), "no slot within 50 ms");
        gate.leave();
        assertTrue(gate.enter(), "the slot given back is free again");
    }

    private static boolean queueFull(SearchGate gate) {
        return gate.waiting() >= 2;
    }
}
