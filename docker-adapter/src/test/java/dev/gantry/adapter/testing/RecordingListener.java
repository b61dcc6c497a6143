package dev.gantry.adapter.testing;

import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Records what an event subscription reports, with the time each event arrived. */
public final class RecordingListener implements EngineEventListener {

    public record Seen(EngineEvent event, long atNanos) {
    }

    public record Lost(EngineException reason, Duration retryIn, long atNanos) {
    }

    public final List<Seen> events = new CopyOnWriteArrayList<>();
    public final List<Lost> losses = new CopyOnWriteArrayList<>();
    public final List<Long> resyncs = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public final AtomicInteger calls = new AtomicInteger();

    @Override
    public void onEvent(EngineEvent event) {
        record();
        events.add(new Seen(event, System.nanoTime()));
    }

    @Override
    public void onResync() {
        record();
        resyncs.add(System.nanoTime());
    }

    @Override
    public void onConnectionLost(EngineException reason, Duration retryIn) {
        record();
        losses.add(new Lost(reason, retryIn, System.nanoTime()));
    }

    private void record() {
        calls.incrementAndGet();
        String name = Thread.currentThread().getName();
        if (!threads.contains(name)) {
            threads.add(name);
        }
    }

    /** Waits for the first event accepted by {@code which}; null when none came in time. */
    public Seen awaitEvent(Duration timeout, Predicate<EngineEvent> which) {
        return Poll.until(timeout, () -> events.stream().filter(s -> which.test(s.event())).findFirst().orElse(null),
                s -> s != null);
    }

    public boolean awaitResyncs(int count, Duration timeout) {
        return Poll.until(timeout, resyncs::size, n -> n >= count) >= count;
    }

    /** An event about the container named {@code name} with this action. */
    public static Predicate<EngineEvent> container(String name, String action) {
        return e -> "container".equals(e.type()) && action.equals(e.action()) && name.equals(e.attributes().get("name"));
    }
}
