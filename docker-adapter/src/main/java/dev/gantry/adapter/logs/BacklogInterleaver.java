package dev.gantry.adapter.logs;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Puts a merged log's backlog in time order. Each container's stream answers with its whole tail at
 * once, so without this a service's earlier lines would show as one block per replica. The first lines
 * are held until the streams have gone quiet for {@code quietMs} (or {@code maxMs} passed, or every
 * stream ended), then released sorted by timestamp; from then on lines pass straight through, as they
 * arrive. Lines of one source keep their order (the sort is stable, and a source's timestamps rise).
 */
public final class BacklogInterleaver implements LogListener {

    private static final Comparator<LogLine> BY_TIME = Comparator.comparing(LogLine::timestamp,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final LogListener out;
    private final long quietMs;
    private final long maxMs;
    private final LongSupplier clock;
    private final long startedAt;
    private List<LogLine> held = new ArrayList<>();
    private long lastArrival;
    private boolean released;
    private ScheduledFuture<?> check;

    public BacklogInterleaver(LogListener out, ScheduledExecutorService scheduler, long quietMs, long maxMs) {
        this(out, scheduler, quietMs, maxMs, System::currentTimeMillis);
    }

    BacklogInterleaver(LogListener out, ScheduledExecutorService scheduler, long quietMs, long maxMs, LongSupplier clock) {
        this.out = out;
        this.quietMs = quietMs;
        this.maxMs = maxMs;
        this.clock = clock;
        this.startedAt = clock.getAsLong();
        this.lastArrival = startedAt;
        if (scheduler != null) {
            long period = Math.max(10, quietMs / 3);
            check = scheduler.scheduleWithFixedDelay(this::releaseIfSettled, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void onLines(List<LogLine> lines) {
        if (released) {
            out.onLines(lines);
            return;
        }
        held.addAll(lines);
        lastArrival = clock.getAsLong();
    }

    @Override
    public void onError(EngineException error) {
        out.onError(error);
    }

    @Override
    public synchronized void onEnd() {
        release();
        out.onEnd();
    }

    /** Releases the held lines once the streams went quiet or the wait ran out. */
    synchronized void releaseIfSettled() {
        long now = clock.getAsLong();
        if (!released && (now - lastArrival >= quietMs || now - startedAt >= maxMs)) {
            release();
        }
    }

    /** Whether the backlog has been released (lines now pass straight through). */
    public synchronized boolean released() {
        return released;
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        if (check != null) {
            check.cancel(false);
        }
        List<LogLine> lines = held;
        held = List.of();
        if (!lines.isEmpty()) {
            lines.sort(BY_TIME);
            out.onLines(lines);
        }
    }

    /** Stops waiting (the subscription closed); nothing more is released. */
    public synchronized void cancel() {
        released = true;
        held = List.of();
        if (check != null) {
            check.cancel(false);
        }
    }
}
