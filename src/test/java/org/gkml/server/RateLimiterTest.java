package org.gkml.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    @Test
    void aClientGetsABurstOfTwoSecondsThenIsRefused() {
        RateLimiter limiter = new RateLimiter(5);
        int allowed = 0;
        for (int i = 0; i < 30; i++) if (limiter.allow("10.0.0.1")) allowed++;
        // a few tokens may refill while the loop runs, never a second's worth
        assertTrue(allowed >= 10 && allowed < 15, "allowed " + allowed);
        assertFalse(limiter.allow("10.0.0.1"));
        assertTrue(limiter.allow("10.0.0.2"), "another client has its own bucket");
    }

    @Test
    void zeroMeansNoLimit() {
        RateLimiter limiter = new RateLimiter(0);
        int allowed = 0;
        for (int i = 0; i < 10_000; i++) if (limiter.allow("10.0.0.1")) allowed++;
        assertEquals(10_000, allowed);
    }
}
