package dev.gantry.adapter.stats;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches the containers behind one thing the user looks at: a single container, whose samples pass
 * through, or a group (a service's or stack's replicas), whose samples are summed into one per round
 * ({@link StatsRounds}). Members can change while it runs (a replica replaced), without losing what the
 * listener has collected. Samples reach the listener on the sampler's threads.
 */
public final class GroupWatch implements AutoCloseable {

    private final StatsSource source;
    private final StatsRounds rounds;
    private final StatsListener listener;
    private final Map<String, Subscription> watches = new HashMap<>();
    private SamplingRate rate;
    private boolean closed;

    private GroupWatch(StatsSource source, StatsRounds rounds, Collection<String> ids, SamplingRate rate,
                       StatsListener listener) {
        this.source = source;
        this.rounds = rounds;
        this.rate = rate;
        this.listener = listener;
        setMembers(ids);
    }

    /** One container's samples as they come. */
    public static GroupWatch single(StatsSource source, String containerId, SamplingRate rate, StatsListener listener) {
        return new GroupWatch(source, null, List.of(containerId), rate, listener);
    }

    /** The sum of the members' samples, named {@code name}, one per round. */
    public static GroupWatch summed(StatsSource source, String name, Collection<String> containerIds, SamplingRate rate,
                                    StatsListener listener) {
        return new GroupWatch(source, new StatsRounds(name, containerIds), containerIds, rate, listener);
    }

    /** Starts watching new members and stops watching those that left. */
    public synchronized void setMembers(Collection<String> ids) {
        if (closed) {
            return;
        }
        Set<String> wanted = Set.copyOf(ids);
        if (rounds != null) {
            rounds.setMembers(wanted);
        }
        watches.entrySet().removeIf(e -> {
            if (wanted.contains(e.getKey())) {
                return false;
            }
            e.getValue().close();
            return true;
        });
        for (String id : wanted) {
            watches.computeIfAbsent(id, i -> source.watch(i, rate, relay));
        }
    }

    public synchronized Set<String> members() {
        return Set.copyOf(watches.keySet());
    }

    public synchronized void setRate(SamplingRate rate) {
        this.rate = rate;
        for (Subscription s : watches.values()) {
            source.setRate(s, rate);
        }
    }

    private final StatsListener relay = new StatsListener() {
        @Override
        public void onSample(ContainerStats sample) {
            if (rounds == null) {
                listener.onSample(sample);
            } else {
                rounds.offer(sample).ifPresent(listener::onSample);
            }
        }

        @Override
        public void onError(String containerId, EngineException error) {
            listener.onError(containerId, error);
        }
    };

    @Override
    public synchronized void close() {
        closed = true;
        watches.values().forEach(Subscription::close);
        watches.clear();
    }
}
