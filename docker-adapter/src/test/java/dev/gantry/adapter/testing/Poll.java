package dev.gantry.adapter.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds: tests wait for outcomes, never for fixed times. */
public final class Poll {

    private Poll() {
    }

    /**
     * Reads {@code read} until {@code done} accepts the value or the time is up; returns the last value
     * read either way, so the caller's assertion reports what was seen.
     */
    public static <T> T until(Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }

    /** A unique, lowercase name prefix for what one test creates on the shared engine. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + Integer.toString((int) (Math.random() * 1296), 36);
    }
}
