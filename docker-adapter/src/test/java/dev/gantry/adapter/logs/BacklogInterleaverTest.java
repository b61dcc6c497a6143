package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BacklogInterleaverTest {

    private static final Instant T0 = Instant.parse("2026-12-06T06:00:00Z");

    private static LogLine line(String source, int second) {
        return new LogLine(T0.plusSeconds(second), LogStreamKind.STDOUT, source, source + "@" + second);
    }

    /** Collects batches. */
    private static final class Batches implements LogListener {
        final List<List<String>> got = new ArrayList<>();
        int ends;

        @Override
        public synchronized void onLines(List<LogLine> lines) {
            got.add(lines.stream().map(LogLine::text).toList());
        }

        @Override
        public synchronized void onEnd() {
            ends++;
        }
    }

    @Test
    void theReplicasTailsAreReleasedInTimeOrderOnceQuietThenLinesPassThrough() {
        AtomicLong now = new AtomicLong(1000);
        Batches out = new Batches();
        BacklogInterleaver in = new BacklogInterleaver(out, null, 250, 2000, now::get);
        in.onLines(List.of(line("web.1", 1), line("web.1", 3), line("web.1", 5)));
        in.onLines(List.of(line("web.2", 2), line("web.2", 4)));
        now.addAndGet(100);
        in.releaseIfSettled();
        assertTrue(out.got.isEmpty(), "still arriving: held");
        now.addAndGet(300);
        in.releaseIfSettled();
        assertEquals(List.of(List.of("web.1@1", "web.2@2", "web.1@3", "web.2@4", "web.1@5")), out.got);
        in.onLines(List.of(line("web.2", 9)));
        assertEquals(List.of("web.2@9"), out.got.get(1), "live lines pass straight through");
    }

    @Test
    void aChattyLogIsReleasedAfterTheLongestWait() {
        AtomicLong now = new AtomicLong(0);
        Batches out = new Batches();
        BacklogInterleaver in = new BacklogInterleaver(out, null, 250, 2000, now::get);
        for (int i = 0; i < 20; i++) {
            in.onLines(List.of(line("a", 20 - i)));
            now.addAndGet(100);
            in.releaseIfSettled();
        }
        assertEquals(1, out.got.size(), "released once the 2 s were up");
        List<String> first = out.got.get(0);
        assertEquals("a@1", first.get(0), "sorted: " + first);
    }

    @Test
    void theEndReleasesWhatIsHeldFirstAndLinesOfOneSourceKeepTheirOrder() {
        Batches out = new Batches();
        BacklogInterleaver in = new BacklogInterleaver(out, null, 250, 2000, () -> 0);
        LogLine noTime = new LogLine(null, LogStreamKind.STDERR, "b", "b-no-time");
        in.onLines(List.of(line("a", 5), line("a", 5), noTime));
        in.onEnd();
        assertEquals(List.of(List.of("b-no-time", "a@5", "a@5")), out.got);
        assertEquals(1, out.ends);
    }

    @Test
    void theSchedulerReleasesOnItsOwn() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Batches out = new Batches();
            BacklogInterleaver in = new BacklogInterleaver(out, scheduler, 50, 2000);
            in.onLines(List.of(line("a", 2), line("b", 1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!in.released() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(in.released());
            synchronized (out) {
                assertEquals(List.of(List.of("b@1", "a@2")), out.got);
            }
        } finally {
            scheduler.shutdownNow();
        }
    }
}
