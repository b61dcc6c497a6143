package dev.gantry.adapter.alerts;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds the evaluator from a {@link StatsSource}: containers a CPU or memory rule covers are watched
 * at the rate {@link AlertSampling} gives (normal for a rule that names them, slow for endpoint-wide
 * rules) and each sample becomes CPU and memory readings. Health, restart and replica
 * readings come from the inventory through {@link #observe}.
 */
public final class AlertMonitor implements AutoCloseable {

    private final StatsSource stats;
    private final AlertEvaluator evaluator;
    private final Map<String, Subscription> watches = new ConcurrentHashMap<>();

    public AlertMonitor(StatsSource stats, AlertEvaluator evaluator) {
        this.stats = stats;
        this.evaluator = evaluator;
    }

    /**
     * Starts sampling the container if a CPU or memory rule covers it, or changes the rate of an
     * existing watch after the rules changed (and stops it when none covers it any more).
     *
     * @return whether it is sampled now
     */
    public boolean watch(AlertSubject container) {
        SamplingRate rate = AlertSampling.rateFor(evaluator.rules(), container);
        Subscription existing = watches.get(container.id());
        if (rate == null) {
            if (existing != null) {
                unwatch(container.id());
            }
            return false;
        }
        if (existing != null) {
            stats.setRate(existing, rate);
            return true;
        }
        watches.computeIfAbsent(container.id(), id -> stats.watch(id, rate, new StatsListener() {
            @Override
            public void onSample(ContainerStats s) {
                feed(container, s);
            }

            @Override
            public void onError(String containerId, EngineException error) {
                if (error.kind() == EngineException.Kind.NOT_FOUND) {
                    unwatch(container.id());
                }
            }
        }));
        return true;
    }

    /** Stops sampling and resolves the container's alerts. */
    public void unwatch(String containerId) {
        Subscription s = watches.remove(containerId);
        if (s != null) {
            s.close();
        }
        evaluator.subjectGone(containerId, Instant.now());
    }

    public void observe(AlertReading reading) {
        evaluator.observe(reading);
    }

    private void feed(AlertSubject c, ContainerStats s) {
        evaluator.observe(new AlertReading(s.time(), c, AlertMetric.CPU_PERCENT, s.cpuPercent()));
        evaluator.observe(new AlertReading(s.time(), c, AlertMetric.MEMORY_BYTES, s.memoryUsed()));
        evaluator.observe(new AlertReading(s.time(), c, AlertMetric.MEMORY_PERCENT, s.memoryPercent()));
    }

    @Override
    public void close() {
        watches.values().forEach(Subscription::close);
        watches.clear();
    }
}
