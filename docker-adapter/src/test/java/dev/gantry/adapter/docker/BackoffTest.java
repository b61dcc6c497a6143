package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final class FixedRandom extends Random {
        private final double value;

        FixedRandom(double value) {
            this.value = value;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }

    @Test
    void doublesFromHalfASecondUpToTenSeconds() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new FixedRandom(0.5));
        long[] expected = {500, 1000, 2000, 4000, 8000, 10000, 10000};
        for (long ms : expected) {
            assertEquals(ms, b.next().toMillis());
        }
    }

    @Test
    void jitterSpreadsEachDelayByAFifthEitherWay() {
        assertEquals(400, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new FixedRandom(0.0)).next().toMillis());
        assertEquals(600, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new FixedRandom(1.0)).next().toMillis());
        Backoff real = new Backoff();
        for (int i = 0; i < 40; i++) {
            long ms = real.next().toMillis();
            assertTrue(ms >= 400 && ms <= 12_000, () -> "out of range: " + ms);
        }
    }

    @Test
    void resetStartsAgainFromTheInitialDelay() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new FixedRandom(0.5));
        b.next();
        b.next();
        b.next();
        b.reset();
        assertEquals(500, b.next().toMillis());
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new FixedRandom(0.5));
        for (int i = 0; i < 200; i++) {
            b.next();
        }
        assertEquals(10_000, b.next().toMillis());
    }
}
