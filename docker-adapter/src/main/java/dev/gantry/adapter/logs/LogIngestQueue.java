package dev.gantry.adapter.logs;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-over between stream threads and the thread that owns a {@link LogBuffer}: streams add
 * without blocking, the owner drains everything once per frame. Batches are queued as they came
 * (one queue node per batch, not per line); a batch handed to {@link #onLines} must not change after.
 */
public final class LogIngestQueue implements LogListener {

    private final ConcurrentLinkedQueue<List<LogLine>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicReference<EngineException> error = new AtomicReference<>();
    private volatile boolean ended;

    @Override
    public void onLines(List<LogLine> lines) {
        if (!lines.isEmpty()) {
            queue.add(lines);
            size.addAndGet(lines.size());
        }
    }

    @Override
    public void onError(EngineException e) {
        error.set(e);
    }

    @Override
    public void onEnd() {
        ended = true;
    }

    /** Lines waiting (approximate). */
    public int pending() {
        return size.get();
    }

    /** Takes every waiting line, in arrival order. */
    public List<LogLine> drain() {
        int n = size.get();
        List<LogLine> out = new ArrayList<>(Math.max(16, n));
        List<LogLine> batch;
        while ((batch = queue.poll()) != null) {
            out.addAll(batch);
        }
        size.addAndGet(-out.size());
        return out;
    }

    /** The last stream error, cleared by reading it. */
    public EngineException takeError() {
        return error.getAndSet(null);
    }

    public boolean ended() {
        return ended;
    }
}
