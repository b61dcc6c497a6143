package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.fail;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/** Collects a log stream's lines for assertions, with polling waits. */
final class LogCollector implements LogListener {

    private final List<LogLine> lines = new ArrayList<>();
    private final List<EngineException> errors = new ArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);

    @Override
    public synchronized void onLines(List<LogLine> batch) {
        lines.addAll(batch);
    }

    @Override
    public synchronized void onError(EngineException error) {
        errors.add(error);
    }

    @Override
    public void onEnd() {
        ended.countDown();
    }

    synchronized List<LogLine> lines() {
        return List.copyOf(lines);
    }

    synchronized List<EngineException> errors() {
        return List.copyOf(errors);
    }

    void awaitLine(Predicate<LogLine> p, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines().stream().anyMatch(p)) {
                return;
            }
            Thread.sleep(100);
        }
        fail("no " + what + " within " + timeout + "; got " + lines().size() + " lines, last: "
                + lines().stream().skip(Math.max(0, lines().size() - 10)).toList() + " errors " + errors());
    }
}
