package dev.gantry.ui.endpoint;

import java.time.Duration;

/** Reconnect delays: 1, 2, 4, 8, 16, then 30 s. */
final class Backoff {

    private static final long MAX_SECONDS = 30;
    private int attempt;

    Duration next() {
        long s = Math.min(MAX_SECONDS, 1L << Math.min(attempt, 5));
        attempt++;
        return Duration.ofSeconds(s);
    }

    void reset() {
        attempt = 0;
    }
}
