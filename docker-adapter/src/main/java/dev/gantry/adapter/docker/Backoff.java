package dev.gantry.adapter.docker;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential back-off with jitter: 0.5 s doubling up to 10 s by default, each delay spread by
 * ±20 % so that many clients of one engine do not retry in step. Not thread-safe.
 */
final class Backoff {

    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(10);
    private static final double JITTER = 0.2;

    private final long initialMillis;
    private final long maxMillis;
    private final Random random;
    private int attempt;

    Backoff() {
        this(INITIAL, MAX, new Random());
    }

    Backoff(Duration initial, Duration max, Random random) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The delay before the next attempt; each call doubles the base until the maximum. */
    Duration next() {
        long base = initialMillis << Math.min(attempt, 30);
        base = Math.min(base, maxMillis);
        attempt++;
        double factor = 1 - JITTER + 2 * JITTER * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
    }

    /** After a connection that held: start again from the initial delay. */
    void reset() {
        attempt = 0;
    }
}
